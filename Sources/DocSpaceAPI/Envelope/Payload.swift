/// The success envelope with its `response` decoded as `Response`.
///
/// `response` is optional because void actions omit it (and "no task" progress answers are
/// empty); callers that need it say so. The coding path of any decoding failure starts at
/// `response`, which is what the error context shows.
struct Payload<Response: Decodable>: Decodable {
    var response: Response?
    var total: Int?
    var count: Int?

    private enum Key: String, CodingKey { case response, total, count }

    init(response: Response?, total: Int?, count: Int?) {
        self.response = response
        self.total = total
        self.count = count
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        response = try c.decodeIfPresent(Response.self, forKey: .response)
        total = c.lenientInt(.total)
        count = c.lenientInt(.count)
    }
}

/// A `response` this client does not read (void actions).
struct Ignored: Decodable {
    init(from decoder: any Decoder) throws {}
}
