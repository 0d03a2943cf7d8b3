/// What one step of an off-boarding answered for one person: a change step's report (the
/// change path's re-read decided it), or the hand-over's outcome and its words.
public enum OffboardAnswer: Sendable, Equatable {
    case change(ActionReport)
    case handOver(TargetOutcome, String)
}
