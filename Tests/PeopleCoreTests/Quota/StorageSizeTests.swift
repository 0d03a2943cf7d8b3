import DocSpaceAPI
import Testing

@testable import PeopleCore

/// Sizes as typed: binary units, a unit required, `none` for no limit, clear errors.
@Suite("Storage sizes")
struct StorageSizeTests {
    @Test(
        "500 MB, 2GB, 1.5 GB, 1 TB, 512 KiB, 10 B: binary units (1 MB = 1,048,576 bytes)",
        arguments: [
            ("500 MB", 524_288_000), ("2GB", 2_147_483_648), ("1.5 GB", 1_610_612_736), ("1 tb", 1_099_511_627_776),
            ("512 KiB", 524_288), ("10 B", 10), (" 0.5gb ", 536_870_912), ("3 G", 3_221_225_472), (".5 MB", 524_288),
        ] as [(String, Int64)])
    func sizes(_ typed: String, _ bytes: Int64) throws {
        #expect(try StorageSize.parse(typed) == .bytes(bytes))
    }

    @Test(
        "none, no limit, unlimited: no limit (-1 on the wire)",
        arguments: ["none", "No Limit", "no  limit", "unlimited"])
    func noLimit(_ typed: String) throws {
        let limit = try StorageSize.parse(typed)
        #expect(limit == .noLimit)
        #expect(limit.wireValue == -1)
    }

    @Test(
        "Bad input says what is wrong",
        arguments: [
            ("", StorageSizeError.empty), ("500", .noUnit("500")), ("-1 GB", .negative("-1 GB")),
            ("2 GX", .unknownUnit("GX")), ("lots", .notASize("lots")), ("1.2.3 GB", .notASize("1.2.3 GB")),
            ("99999999999 TB", .tooLarge("99999999999 TB")),
        ] as [(String, StorageSizeError)])
    func errors(_ typed: String, _ expected: StorageSizeError) {
        #expect(throws: expected) { try StorageSize.parse(typed) }
        #expect(!expected.description.isEmpty)
    }

    @Test("Shown in the largest unit reached, at most two decimals")
    func text() {
        #expect(StorageSize.text(.bytes(524_288_000)) == "500 MB")
        #expect(StorageSize.text(.bytes(1_610_612_736)) == "1.5 GB")
        #expect(StorageSize.text(.bytes(10_737_418_240)) == "10 GB")
        #expect(StorageSize.text(.bytes(1_100_000)) == "1.05 MB")
        #expect(StorageSize.text(.bytes(0)) == "0 B")
        #expect(StorageSize.text(.noLimit) == "no limit")
        for typed in ["500 MB", "1.5 GB", "2 TB", "7 KB"] {
            #expect(StorageSize.text(try! StorageSize.parse(typed)) == typed, "round trip")
        }
    }
}
