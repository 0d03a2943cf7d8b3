/// A contact entry (`{type, value}`), e.g. `phone` / `+1 555 0100`.
struct PortalContact: Sendable, Hashable {
    var type: String
    var value: String
}
