import DocSpaceAPI

/// Finds the people of a re-read in the portal's listing (`TargetReread` says when, and why).
struct ListingSearch {
    let client: any PeopleClient
    let maxConcurrent: Int

    /// Reads the first page, and the rest only when that is cheaper than looking the people
    /// still missing up one by one; stops starting pages once everyone is found. Pages on
    /// their way are let finish rather than cancelled: they have reached the portal anyway.
    func match(_ matcher: inout TargetMatcher) async {
        // Registration order: people added meanwhile go to the end instead of shifting pages.
        let query = PeopleQuery(sortBy: .registrationDate, count: PeopleQuery.maxCount)
        guard let first = try? await client.people(query) else { return }
        matcher.match(first.people)
        var pages = PageSchedule(after: first, count: query.count)
        guard !matcher.isComplete, pages.remaining > 0,
            pages.remaining <= matcher.unmatchedCount / TargetReread.pageCost
        else { return }
        let client = self.client
        let width = max(1, maxConcurrent)
        await withTaskGroup(of: (start: Int, people: [Person]?).self) { group in
            var inFlight = 0
            var searching = true
            func startNext() {
                guard searching, inFlight < width, let start = pages.nextStart() else { return }
                var page = query
                page.startIndex = start
                inFlight += 1
                group.addTask { (start, try? await client.people(page).people) }
            }
            for _ in 0..<width { startNext() }
            while let (start, people) = await group.next() {
                inFlight -= 1
                guard let people else {
                    // A failed page ends the search; whoever is not found is looked up alone.
                    searching = false
                    continue
                }
                pages.received(rows: people.count, from: start)
                matcher.match(people)
                if matcher.isComplete { searching = false }
                startNext()
            }
        }
    }
}
