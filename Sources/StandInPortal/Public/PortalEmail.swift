/// An e-mail the portal would have sent, recorded instead, so tests can tell a route that
/// mails (`POST people/invite`, `POST people`) from one that does not (`POST people/active`).
public struct PortalEmail: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The invitation to join (`StudioNotifyService.SendDocSpaceInviteAsync`).
        case invitation
        /// The activation instructions to a person added directly (`UserInfoActivationAsync`).
        case activation
        /// The password-reset link (`StudioNotifyService.UserPasswordChangeAsync`).
        case passwordReset
        /// "Your two-factor authentication was reset" (`SendMsgTfaResetAsync`).
        case twoFactorReset
    }

    public var kind: Kind
    public var to: String
    /// The culture the mail is written in (`InviteUsersRequestDto.Culture`); `nil` = the portal's.
    public var culture: String?

    public init(kind: Kind, to: String, culture: String?) {
        self.kind = kind
        self.to = to
        self.culture = culture
    }
}
