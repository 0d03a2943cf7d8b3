import DocSpaceAPI

/// What follows once the portal's per-user quota settings are read: the TUI asks
/// `settings/userquotasettings` before every quota change, because with per-user quotas off
/// the portal stores a limit it neither applies nor shows.
public enum QuotaStep: Sendable, Equatable {
    /// `z` (or `:quota-set` without a size): the size field.
    case openSizeField
    /// `:quota-set SIZE`: the confirmation of this limit.
    case set(StorageLimit)
    /// `:quota-reset`: the confirmation of the reset.
    case reset
}
