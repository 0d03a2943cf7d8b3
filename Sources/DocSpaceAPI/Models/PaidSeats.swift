/// The paid seats of the portal's plan, read from `GET portal/payment/quota` (`QuotaDto`,
/// `PaymentsController.cs`): its feature `manager` (`CountPaidUserFeature`) is the number of
/// paid people the plan allows, `-1` for no limit, and its `used` the number taken
/// (`CountPaidUserStatistic`: the members of the room admins' group — DocSpace admins and
/// room admins). The server leaves `used` out for a caller of type User, and answers a guest
/// with 403.
public struct PaidSeats: Sendable, Hashable, Decodable {
    /// How many paid people the plan allows; `nil`: no limit.
    public var limit: Int?
    /// How many are taken; `nil`: the portal did not say.
    public var used: Int?

    public init(limit: Int?, used: Int?) {
        self.limit = limit
        self.used = used
    }

    /// The seats still free; `nil` when there is no limit or the portal did not say how many
    /// are taken.
    public var left: Int? {
        guard let limit, let used else { return nil }
        return max(0, limit - used)
    }

    /// The name of the feature in `features`.
    static let featureID = "manager"

    private enum CodingKeys: String, CodingKey { case features }

    private struct Feature: Decodable {
        var id: String?
        var value: Int?
        var used: Used?

        struct Used: Decodable {
            var value: Int?
            private enum CodingKeys: String, CodingKey { case value }
            init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: CodingKeys.self)
                value = try? c.decodeIfPresent(Int.self, forKey: .value)
            }
        }

        private enum CodingKeys: String, CodingKey { case id, value, used }

        // `value` is a number for counts and sizes, a boolean for flags: only numbers count.
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decodeIfPresent(String.self, forKey: .id)
            value = try? c.decodeIfPresent(Int.self, forKey: .value)
            used = try? c.decodeIfPresent(Used.self, forKey: .used)
        }
    }

    /// A quota without the `manager` feature sets no limit on paid people.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let features = try c.decodeIfPresent([Feature].self, forKey: .features) ?? []
        guard let feature = features.first(where: { $0.id == Self.featureID }) else {
            self.init(limit: nil, used: nil)
            return
        }
        let value = feature.value ?? -1
        self.init(limit: value < 0 ? nil : value, used: feature.used?.value)
    }
}
