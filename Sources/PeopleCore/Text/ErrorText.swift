import DocSpaceAPI

/// Words for a failed call, for the status line and the results dialog: `DocSpaceError`'s own
/// sentence, which names what failed in a person's words and carries the server's message
/// when it sent one ("Access denied by the portal (403): The user is not suspended").
/// Secrets never appear: the client scrubbed them before the error was made.
enum ErrorText {
    static func explain(_ error: DocSpaceError) -> String {
        error.description
    }
}
