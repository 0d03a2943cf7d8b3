/// The fault rules of a running portal, switchable while it serves: from Swift
/// (`await portal.faults.set(rule)`), over HTTP (`PUT /__standin/faults`) or from the command
/// line (`--fault "<spec>"`, read with `FaultRule.parse`).
public actor FaultInjector {
    private struct ArmedRule {
        var rule: FaultRule
        var fired = 0
        var generator: SeededGenerator
    }

    private var armed: [ArmedRule] = []

    public init() {}

    /// The rules in the order they are tried.
    public var rules: [FaultRule] { armed.map(\.rule) }

    /// How many times each rule has fired, in rule order.
    public var firedCounts: [Int] { armed.map(\.fired) }

    /// Replaces all rules (their counters start again).
    public func set(_ rules: [FaultRule]) {
        armed = rules.map { ArmedRule(rule: $0, generator: SeededGenerator(seed: $0.seed)) }
    }

    public func set(_ rules: FaultRule...) {
        set(rules)
    }

    /// Appends a rule after the existing ones.
    public func add(_ rule: FaultRule) {
        armed.append(ArmedRule(rule: rule, generator: SeededGenerator(seed: rule.seed)))
    }

    /// Removes every rule: the portal answers normally again.
    public func clear() {
        armed.removeAll()
    }

    /// The rule that fires for this request, if any, counting the firing.
    func fault(method: String, segments: [String]) -> FaultRule? {
        for index in armed.indices where armed[index].rule.route.matches(method: method, segments: segments) {
            let rule = armed[index].rule
            if let times = rule.times, armed[index].fired >= times { continue }
            if let probability = rule.probability, !armed[index].generator.chance(probability) { continue }
            armed[index].fired += 1
            return rule
        }
        return nil
    }
}
