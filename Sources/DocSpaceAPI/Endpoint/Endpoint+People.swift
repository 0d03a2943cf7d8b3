/// Every route this client calls, in one place: its method, its path under `/api/2.0/` and its query.
extension Endpoint {
    static let authentication = "authentication"

    static func login(userName: String, password: String) -> Endpoint {
        .post(authentication, body: RequestBody.Login(userName: userName, password: password))
    }

    static let me = Endpoint.get("people/@self")

    /// A listing's page, order and search, as the server's filtered lists (people, groups)
    /// all bind them: `count`, `startIndex`, `sortBy`, `sortOrder` as a number, and
    /// `filterValue` when there is text to search.
    static func pageItems(count: Int, startIndex: Int, sortBy: String, sortOrder: Int, text: String?) -> [QueryItem] {
        var items: [QueryItem] = [
            QueryItem(name: "count", value: String(count)),
            QueryItem(name: "startIndex", value: String(startIndex)),
            QueryItem(name: "sortBy", value: sortBy),
            QueryItem(name: "sortOrder", value: String(sortOrder)),
        ]
        if let text = text?.trimmingWhitespace, !text.isEmpty {
            items.append(QueryItem(name: "filterValue", value: text))
        }
        return items
    }

    /// `GET people/filter`. Enums go as numbers; one type as `employeeType`, several as
    /// repeated `employeeTypes` (both forms are what the server binds).
    static func filter(_ query: PeopleQuery) -> Endpoint {
        var items = pageItems(
            count: query.count, startIndex: query.startIndex, sortBy: query.sortBy.rawValue,
            sortOrder: query.sortOrder.rawValue, text: query.text)
        if let status = query.status {
            items.append(QueryItem(name: "employeeStatus", value: String(status.rawValue)))
        }
        if query.types.count == 1, let type = query.types.first {
            items.append(QueryItem(name: "employeeType", value: String(type.number)))
        } else {
            for type in query.types {
                items.append(QueryItem(name: "employeeTypes", value: String(type.number)))
            }
        }
        if let activation = query.activationStatus {
            items.append(QueryItem(name: "activationStatus", value: String(activation.rawValue)))
        }
        // `withoutGroup=true` makes the server ignore `groupId`, so only one of them goes.
        if query.withoutGroup {
            items.append(QueryItem(name: "withoutGroup", value: "true"))
        } else if let group = query.groupID {
            items.append(QueryItem(name: "groupId", value: group))
        }
        if let quota = query.quota {
            items.append(QueryItem(name: "quotaFilter", value: String(quota.rawValue)))
        }
        if let login = query.accountLoginType {
            items.append(QueryItem(name: "accountLoginType", value: String(login.rawValue)))
        }
        if let payments = query.payments {
            items.append(QueryItem(name: "payments", value: String(payments.rawValue)))
        }
        items += guestItems(query)
        return .get("people/filter", query: items)
    }

    static func person(id: String) -> Endpoint { .get("people/\(PercentEncoding.segment(id))") }

    static func person(email: String) -> Endpoint {
        .get("people/email", query: [QueryItem(name: "email", value: email)])
    }

    /// Guests can only be added through the hidden `people/active` route; `POST people`
    /// answers 403 for them.
    static func create(_ person: NewPerson) -> Endpoint {
        let body = RequestBody.Member(
            firstName: person.firstName, lastName: person.lastName,
            email: person.email, type: person.type, password: person.password,
            department: person.groupIDs.isEmpty ? nil : person.groupIDs)
        return .post(person.type == .guest ? "people/active" : "people", body: body)
    }

    static func invite(_ invitations: [Invitation], culture: Culture?) -> Endpoint {
        .post(
            "people/invite",
            body: RequestBody.Invite(
                invitations: invitations.map { .init(email: $0.email, type: $0.type) }, culture: culture?.name))
    }

    static func resendInvitations(ids: [String]) -> Endpoint {
        .put("people/invite", body: RequestBody.UserIDs(userIds: ids, resendAll: false))
    }

    static func setStatus(_ status: EmployeeStatus, ids: [String]) -> Endpoint {
        .put("people/status/\(status.routeName)", body: RequestBody.UserIDs(userIds: ids))
    }

    static func upgradeType(_ type: EmployeeType, ids: [String]) -> Endpoint {
        .put("people/type/\(type.rawValue)", body: RequestBody.UserIDs(userIds: ids))
    }

    static func startTypeChange(userId: String, to type: EmployeeType, reassignTo: String?) -> Endpoint {
        .post("people/type", body: RequestBody.TypeChange(type: type, userId: userId, reassignUserId: reassignTo))
    }

    static func typeChangeProgress(userId: String) -> Endpoint {
        .get("people/type/progress/\(PercentEncoding.segment(userId))")
    }

    static func cancelTypeChange(userId: String) -> Endpoint {
        .put("people/type/terminate", body: RequestBody.UserID(userId: userId))
    }

    static func delete(id: String) -> Endpoint { .delete("people/\(PercentEncoding.segment(id))") }

    static func delete(ids: [String]) -> Endpoint {
        .put("people/delete", body: RequestBody.UserIDs(userIds: ids))
    }

    /// Asked with `type=Guest`: only then does the server (`NecessaryReassign`) count shared
    /// files as well as rooms; without a type it answers about rooms alone (and room admins get
    /// 403). `type` otherwise only picks the permission checked, and every admin and room admin
    /// passes it for Guest.
    static func reassignNecessary(userId: String) -> Endpoint {
        .get(
            "people/reassign/necessary",
            query: [
                QueryItem(name: "userId", value: userId),
                QueryItem(name: "type", value: EmployeeType.guest.rawValue),
            ])
    }

    static func startReassign(from: String, to: String, deleteProfile: Bool) -> Endpoint {
        .post(
            "people/reassign/start",
            body: RequestBody.Reassign(fromUserId: from, toUserId: to, deleteProfile: deleteProfile))
    }

    static func reassignProgress(userId: String) -> Endpoint {
        .get("people/reassign/progress/\(PercentEncoding.segment(userId))")
    }

    static func cancelReassign(userId: String) -> Endpoint {
        .put("people/reassign/terminate", body: RequestBody.UserID(userId: userId))
    }

    /// `PUT security/activeconnections/logoutall/{userId}`: the id is in the route, there is
    /// no body (ConnectionsController.LogOutAllActiveConnectionsForUser).
    static func signOutEverywhere(userId: String) -> Endpoint {
        Endpoint(method: .put, path: "security/activeconnections/logoutall/\(PercentEncoding.segment(userId))")
    }

    /// `PUT settings/tfaappnewapp {id}` (TfaappController.UnlinkTfaApp): another person's
    /// authenticator app unlinked; the owner alone may do it for others.
    static func resetTwoFactor(userId: String) -> Endpoint {
        .put("settings/tfaappnewapp", body: RequestBody.TwoFactorReset(id: userId))
    }

    /// `POST people/password {email}` (UserController.SendUserPassword): the password-reset
    /// e-mail to the address of a person.
    static func sendPasswordReset(email: String) -> Endpoint {
        .post("people/password", body: RequestBody.Email(email: email))
    }

    /// `POST people/email {userId, email}` (UserController.SendEmailChangeInstructions).
    static func changeEmail(userId: String, to email: String) -> Endpoint {
        .post("people/email", body: RequestBody.EmailChange(userId: userId, email: email))
    }
}
