/// Whether a person confirmed their e-mail (`EmployeeActivationStatus` on the wire).
public enum PortalActivationStatus: Int, Sendable, Hashable, CaseIterable {
    case notActivated = 0
    case activated = 1
    case pending = 2
}
