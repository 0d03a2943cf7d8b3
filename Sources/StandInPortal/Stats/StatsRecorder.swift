/// Counts requests as they start and finish.
actor StatsRecorder {
    private var stats = RequestStats()

    func begin(route: String) {
        stats.total += 1
        stats.perRoute[route, default: 0] += 1
        stats.inFlight += 1
        stats.maxInFlight = max(stats.maxInFlight, stats.inFlight)
    }

    func end() {
        stats.inFlight -= 1
    }

    var current: RequestStats { stats }

    /// Zeroes the counters; requests still in flight stay counted as in flight.
    func reset() {
        stats = RequestStats(inFlight: stats.inFlight, maxInFlight: stats.inFlight)
    }
}
