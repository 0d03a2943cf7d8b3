import Foundation

/// Listing and searching (`UserController` `GetAll`, `GetByFilter`, `GetSimpleByFilter`, `GetSearch`): `GET people`, `people/filter`, `people/simple/filter`,
/// `people/status/{status}` and the search routes.
extension PortalState {
    /// `startIndex`, `count` (1…100, default 100), `sortBy`, `sortOrder`.
    struct Paging {
        var startIndex = 0
        var count = 100
        var sort = PeopleSortField.firstName
        var descending = false

        init(_ query: QueryParameters) throws {
            if let text = query["count"] {
                guard let value = Int(text) else { throw PortalError.invalidValue(text, for: "count") }
                guard (1...100).contains(value) else {
                    throw PortalError.validation([
                        ValidationIssue(key: "count", message: "The field count must be between 1 and 100.")
                    ])
                }
                count = value
            }
            if let text = query["startIndex"] {
                guard let value = Int(text) else { throw PortalError.invalidValue(text, for: "startIndex") }
                startIndex = max(0, value)
            }
            sort = PeopleSortField(query: query["sortBy"])
            if let text = query.nonEmpty("sortOrder") {
                guard let order = WireEnum.indexed(text, names: ["Ascending", "Descending"]) else {
                    throw PortalError.invalidValue(text, for: "sortOrder")
                }
                descending = order == 1
            }
        }
    }

    /// Room admins and DocSpace admins may list; users and guests get 403.
    private func listingCaller(_ context: RequestContext) throws -> Caller {
        let caller = try context.authenticated
        if caller.isUserOrGuest { throw PortalError.accessDenied }
        return caller
    }

    private func page(_ context: RequestContext, filter: PeopleFilter, short: Bool) throws -> EndpointResult {
        let paging = try Paging(context.query)
        let (people, total) = directory.page(
            filter: filter, sort: paging.sort, descending: paging.descending,
            startIndex: paging.startIndex, count: paging.count)
        // Only the lookups happen here, on the actor; rendering happens after, off it.
        let rendering = PageRendering(
            subjects: people.map { directory.subject($0) }, renderer: personRenderer(context),
            short: short, fields: fieldNames(context))
        return EndpointResult(payload: .renderedPage(rendering, total: total))
    }

    /// Applies the `fields` parameter (`fields=id,displayName`) to each item.
    func trimmed(_ items: [JSON], _ context: RequestContext) -> [JSON] {
        guard let names = fieldNames(context) else { return items }
        return items.map { item in item.objectValue.map { .object($0.keeping(names)) } ?? item }
    }

    /// The `fields` parameter's names, lower-cased; `nil` when absent.
    func fieldNames(_ context: RequestContext) -> Set<String>? {
        guard let fields = context.query.nonEmpty("fields") else { return nil }
        return Set(fields.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
    }

    /// `filterBy=group&filterValue=<guid>` filters by group, otherwise `filterValue` is text.
    private func applyFilterBy(_ query: QueryParameters, to filter: inout PeopleFilter) throws {
        if query["filterBy"]?.lowercased() == "group", let value = query.nonEmpty("filterValue") {
            guard let group = GUID.normalize(value) else { throw PortalError.invalidValue(value, for: "filterValue") }
            filter.groupID = group
        } else {
            (filter.terms, filter.anyTerm) = PeopleFilter.terms(
                from: query["filterValue"], separator: query["filterSeparator"])
        }
    }

    /// `GET /api/2.0/people`: active people only, whatever the query says.
    func listActive(_ context: RequestContext) throws -> EndpointResult {
        let caller = try listingCaller(context)
        var filter = PeopleFilter(visibility: caller.visibility, statusMask: PortalEmployeeStatus.active.rawValue)
        try applyFilterBy(context.query, to: &filter)
        return try page(context, filter: filter, short: false)
    }

    /// `GET /api/2.0/people/filter` and `people/simple/filter`.
    func filter(_ context: RequestContext, short: Bool) throws -> EndpointResult {
        let caller = try listingCaller(context)
        let query = context.query
        var filter = PeopleFilter(visibility: caller.visibility)
        if let text = query.nonEmpty("employeeStatus") {
            guard let mask = WireEnum.employeeStatusMask(text) else {
                throw PortalError.invalidValue(text, for: "employeeStatus")
            }
            filter.statusMask = mask
        }
        if let text = query.nonEmpty("activationStatus") {
            guard let status = WireEnum.activationStatus(text) else {
                throw PortalError.invalidValue(text, for: "activationStatus")
            }
            filter.activationStatus = status
        }
        for text in [query.nonEmpty("employeeType")].compactMap({ $0 })
            + query.all("employeeTypes").filter({ !$0.isEmpty })
        {
            guard let type = WireEnum.employeeType(text) else {
                throw PortalError.invalidValue(text, for: "employeeType")
            }
            if let type { filter.types.insert(type) }
        }
        if let text = query.nonEmpty("isAdministrator") {
            guard let value = WireEnum.bool(text) else { throw PortalError.invalidValue(text, for: "isAdministrator") }
            filter.isAdministrator = value
        }
        if let text = query.nonEmpty("accountLoginType") {
            guard let value = WireEnum.indexed(text, names: ["SSO", "LDAP", "Standart"]) else {
                throw PortalError.invalidValue(text, for: "accountLoginType")
            }
            filter.accountLoginType = value
        }
        if let text = query.nonEmpty("payments") {
            guard let value = WireEnum.indexed(text, names: ["Paid", "Free"]) else {
                throw PortalError.invalidValue(text, for: "payments")
            }
            filter.payments = value
        }
        if let text = query.nonEmpty("quotaFilter") {
            guard let value = WireEnum.indexed(text, names: ["All", "Default", "Custom"]) else {
                throw PortalError.invalidValue(text, for: "quotaFilter")
            }
            // `GetUserQueryForFilter` applies it for DocSpace admins only; others get everyone.
            filter.quotaFilter = value == 0 || !caller.isAdmin ? nil : value
        }
        if let text = query.nonEmpty("area") {
            guard let value = WireEnum.indexed(text, names: ["All", "People", "Guests"]) else {
                throw PortalError.invalidValue(text, for: "area")
            }
            filter.area = value
        }
        if let text = query.nonEmpty("inviterId") {
            guard let guid = GUID.normalize(text) else { throw PortalError.invalidValue(text, for: "inviterId") }
            filter.createdBy = guid
        }
        try applyGroupFilter(query, to: &filter)
        if let text = query.nonEmpty("invitedByMe") {
            guard let value = WireEnum.bool(text) else { throw PortalError.invalidValue(text, for: "invitedByMe") }
            if value { filter.createdBy = caller.id }
        }
        (filter.terms, filter.anyTerm) = PeopleFilter.terms(
            from: query["filterValue"], separator: query["filterSeparator"])
        return try page(context, filter: filter, short: short)
    }

    private func statusMask(_ context: RequestContext) throws -> Int {
        let text = context.parameter("status")
        guard let mask = WireEnum.employeeStatusMask(text) else { throw PortalError.invalidValue(text, for: "status") }
        // `Default` (Active|Pending) lists active people here, as the server does.
        return mask == 5 ? 1 : mask
    }

    /// `GET /api/2.0/people/status/{status}`.
    func listByStatus(_ context: RequestContext) throws -> EndpointResult {
        let mask = try statusMask(context)
        let caller = try listingCaller(context)
        var filter = PeopleFilter(visibility: caller.visibility, statusMask: mask)
        try applyFilterBy(context.query, to: &filter)
        return try page(context, filter: filter, short: false)
    }

    private func searchCaller(_ context: RequestContext) throws -> Caller {
        let caller = try context.authenticated
        guard caller.isAdmin else { throw PortalError.accessDenied }
        return caller
    }

    /// `GET /api/2.0/people/status/{status}/search?query=`: admins only; matches names,
    /// user name, e-mail and contacts.
    func searchByStatus(_ context: RequestContext) throws -> EndpointResult {
        let mask = try statusMask(context)
        let caller = try searchCaller(context)
        var filter = PeopleFilter(visibility: caller.visibility, statusMask: mask)
        filter.searchesUserNameAndContacts = true
        (filter.terms, filter.anyTerm) = PeopleFilter.terms(from: context.query["query"], separator: nil)
        if context.query["filterBy"]?.lowercased() == "group", let value = context.query.nonEmpty("filterValue") {
            filter.groupID = GUID.normalize(value)
        }
        let renderer = renderer(context)
        return .stream(trimmed(directory.all(filter: filter).map { renderer.full($0) }, context))
    }

    /// `GET /api/2.0/people/search?query=`: admins only; active people, short form.
    func search(_ context: RequestContext) throws -> EndpointResult {
        let caller = try searchCaller(context)
        var filter = PeopleFilter(visibility: caller.visibility, statusMask: PortalEmployeeStatus.active.rawValue)
        filter.searchesUserNameAndContacts = true
        (filter.terms, filter.anyTerm) = PeopleFilter.terms(from: context.query["query"], separator: nil)
        let renderer = renderer(context)
        return .stream(trimmed(directory.all(filter: filter).map { renderer.short($0) }, context))
    }

    /// `GET /api/2.0/people/@search/{query}`: admins only; active people.
    func atSearch(_ context: RequestContext) throws -> EndpointResult {
        let caller = try searchCaller(context)
        var filter = PeopleFilter(visibility: caller.visibility, statusMask: PortalEmployeeStatus.active.rawValue)
        filter.searchesUserNameAndContacts = true
        (filter.terms, filter.anyTerm) = PeopleFilter.terms(from: context.parameter("query"), separator: nil)
        if context.query["filterBy"]?.lowercased() == "group", let value = context.query.nonEmpty("filterValue") {
            filter.groupID = GUID.normalize(value)
        }
        let renderer = renderer(context)
        return .stream(trimmed(directory.all(filter: filter).map { renderer.full($0) }, context))
    }

    /// `groupId`, `excludeGroup` (a bool) and `withoutGroup` as `UserController.GetByFilterAsync`
    /// reads them: `withoutGroup=true` ignores `groupId` and keeps people in no group (system
    /// groups aside); otherwise `groupId` keeps its members, or with `excludeGroup=true` everyone
    /// else.
    private func applyGroupFilter(_ query: QueryParameters, to filter: inout PeopleFilter) throws {
        func flag(_ name: String) throws -> Bool {
            guard let text = query.nonEmpty(name) else { return false }
            guard let value = WireEnum.bool(text) else { throw PortalError.invalidValue(text, for: name) }
            return value
        }
        var group: String?
        if let text = query.nonEmpty("groupId") {
            guard let guid = GUID.normalize(text) else { throw PortalError.invalidValue(text, for: "groupId") }
            group = guid
        }
        let exclude = try flag("excludeGroup")
        if try flag("withoutGroup") {
            filter.withoutGroup = true
        } else if let group {
            if exclude { filter.excludeGroupID = group } else { filter.groupID = group }
        }
    }
}
