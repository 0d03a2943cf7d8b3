/// The server's `Area` (`ASC.Core.Common/Core/Area.cs`), sent as `area` by its number: which
/// accounts a listing holds. The server's default is `all`.
public enum PeopleArea: Int, Sendable, Hashable, CaseIterable {
    /// Everyone but guests the caller may not see: a DocSpace admin sees every guest, anyone
    /// else only their own guests (a relation from them to the guest).
    case all = 0
    /// Everyone but guests.
    case people = 1
    /// Guests only: for a DocSpace admin every guest of the portal, for anyone else only their
    /// own guests — those they invited or were given (`DbUserService.GetUserQueryForFilter`).
    case guests = 2
}
