import DocSpaceAPI
import Foundation
import PeopleCore
import Testing

@testable import TerminalUI

/// What the screen shows while the portal is slow, failing or refusing the session.
@Suite("Faults on screen: spinner, failures, sign-in, whole frames")
@MainActor
struct FaultDrawingTests {
    static let people = (0..<40).map { Fixture.person($0) }

    /// Sends a message through `update` and returns the requests it started, unanswered.
    func requests(_ fixture: inout Fixture, _ message: Message) -> [(RequestID, Request)] {
        update(&fixture.state, message).compactMap { if case .request(let id, let r) = $0 { (id, r) } else { nil } }
    }

    @Test("While a read hangs: a spinner, the seconds, and that Esc stops it")
    func spinnerForRead() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        _ = requests(&fixture, .tick(now: 10))
        _ = requests(&fixture, .key(.char("r")))
        _ = requests(&fixture, .tick(now: 13.5))
        let status = fixture.render().line(23)
        #expect(status.contains("loading 3 s · Esc stops"), "\(status)")
        #expect(StatusLine.spinner.contains { status.contains($0) })
    }

    @Test("While a change is on its way: the spinner says so and does not offer Esc")
    func spinnerForChange() throws {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        _ = requests(&fixture, .tick(now: 10))
        let verify = requests(&fixture, .key(.char("t"))) + requests(&fixture, .key(.char("y")))
        // `t` also reads the person's rooms for the question; the re-check follows `y`.
        let (id, request) = try #require(verify.first { if case .verify = $0.1 { true } else { false } })
        guard case .verify(let ids) = request else {
            Issue.record("not a verify")
            return
        }
        let lookups = ids.map { id in Lookup.found(Self.people.first { $0.id == id }!) }
        _ = requests(&fixture, .response(id, .lookups(lookups)))
        _ = requests(&fixture, .tick(now: 12.2))
        let status = fixture.render().line(23)
        #expect(status.contains("sending change 2 s"), "\(status)")
        #expect(!status.contains("Esc stops"))
        fixture.press(.escape)
        #expect(fixture.render().line(23).contains("The change was sent"))
    }

    @Test("A first listing that failed says why where the rows would be")
    func failedFirstListing() throws {
        var fixture = Fixture(people: [], size: TerminalSize(width: 80, height: 24))
        fixture.state = AppState(session: fixture.state.session, size: fixture.state.size)
        let started = requests(&fixture, .started)
        let page = try #require(started.first { if case .loadPage = $0.1 { true } else { false } })
        _ = requests(&fixture, .response(page.0, .failure(.server(status: 503, message: nil))))
        let screen = fixture.render()
        #expect(
            screen.line(2).contains("✗ Could not load people: The portal failed to handle the request (503)"),
            "\(screen.line(2))")
        #expect(screen.line(23).contains("✗ Could not load people"))
    }

    @Test("The sign-in dialog: the e-mail prefilled, the password masked and never drawn")
    func signInDialog() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        var prompt = SignInPrompt(
            email: "owner@example.com", canSignIn: true,
            reason: DocSpaceError.unauthorized(message: nil).description, refusedChange: .terminate)
        prompt.password = Password("hunter2-secret")
        prompt.problem = "The portal refused the credentials (401): User authentication failed"
        fixture.state.dialog = .signIn(prompt)
        let screen = fixture.render()
        #expect(screen.find("Sign in again (401)") != nil)
        #expect(screen.find("E-mail:   owner@example.com") != nil)
        #expect(screen.find("Password: ••••••••••••••") != nil)
        #expect(!screen.text.contains("hunter2"))
        #expect(screen.text.contains("User authentication failed"))
        #expect(screen.text.contains("The terminate was refused and will not be sent again"))
        #expect(screen.line(22).contains("Enter sign in"), "the action bar: \(screen.line(22))")
    }

    @Test("Without a way to sign in, the dialog says to run docspace-people login")
    func signInDialogWithoutClosure() {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        fixture.state.dialog = .signIn(
            SignInPrompt(
                email: "owner@example.com", canSignIn: false,
                reason: DocSpaceError.unauthorized(message: nil).description))
        let text = fixture.render().text
        #expect(text.contains("docspace-people login"))
        #expect(!text.contains("Password:"))
    }

    @Test("A background failure never leaves half a screen: each frame drawn over the last equals a fresh one")
    func wholeFramesAfterFailures() throws {
        var fixture = Fixture(people: Self.people, size: TerminalSize(width: 80, height: 24))
        let screen = InMemoryScreen(size: fixture.state.size)
        let renderer = Renderer()
        func drawAndCompare(_ step: String) {
            renderer.draw(AppView(state: fixture.state, timeZone: TimeZone(identifier: "UTC")!).frame(), on: screen)
            let fresh = fixture.render()
            #expect(screen.lines == fresh.lines, "after \(step) the screen differs from a full redraw")
        }
        drawAndCompare("start")
        // A refresh whose page fails, a detail that fails, a change refused, a 401.
        fixture.state.focus = .list
        let refresh = requests(&fixture, .key(.char("r")))
        drawAndCompare("refresh sent")
        for (id, request) in refresh {
            switch request {
            case .loadPage: _ = requests(&fixture, .response(id, .failure(.server(status: 502, message: nil))))
            case .loadDetail: _ = requests(&fixture, .response(id, .failure(.timeout(seconds: 30))))
            default: break
            }
            drawAndCompare("\(request) failed")
        }
        let change = requests(&fixture, .key(.char("t"))) + requests(&fixture, .key(.char("y")))
        drawAndCompare("terminate confirmed")
        let (verifyID, _) = try #require(change.first { if case .verify = $0.1 { true } else { false } })
        let perform = requests(&fixture, .response(verifyID, .lookups([.found(Self.people[0])])))
        let (performID, _) = try #require(perform.first)
        _ = requests(&fixture, .response(performID, .failure(.unauthorized(message: nil))))
        drawAndCompare("401 on the change")
        fixture.press(.escape)
        drawAndCompare("sign-in closed")
        _ = requests(&fixture, .resized(TerminalSize(width: 80, height: 24)))
        drawAndCompare("same size again")
    }
}
