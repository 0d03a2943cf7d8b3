import Testing

@testable import PeopleCore

/// The CSV reader of `import`: RFC 4180 as spreadsheets write it, and bad quoting refused
/// with the line it is on.
@Suite("Import: reading CSV")
struct CSVRecordsTests {
    @Test("plain fields, CRLF and LF line ends, a last line without a break")
    func plain() throws {
        let records = try CSVRecords.parse("a,b,c\r\nd,e,f\ng,h,i")
        #expect(
            records == [
                CSVRecord(line: 1, fields: ["a", "b", "c"]), CSVRecord(line: 2, fields: ["d", "e", "f"]),
                CSVRecord(line: 3, fields: ["g", "h", "i"]),
            ])
    }

    @Test("quoted fields hold commas, doubled quotes and line breaks; the next record's line counts them")
    func quoted() throws {
        let records = try CSVRecords.parse("\"Doe, Jane\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nnext,x,y\r\n")
        #expect(records.count == 2)
        #expect(records[0].fields == ["Doe, Jane", "say \"hi\"", "two\nlines"])
        #expect(records[1] == CSVRecord(line: 3, fields: ["next", "x", "y"]))
    }

    @Test("a UTF-8 byte-order mark is dropped; empty fields and blank lines")
    func bomAndEmpties() throws {
        let records = try CSVRecords.parse("\u{FEFF}e-mail,name\r\n\r\na@b.co,\r\n,\"\"\r\n")
        #expect(records[0].fields == ["e-mail", "name"])
        #expect(records[1] == CSVRecord(line: 3, fields: ["a@b.co", ""]))
        #expect(records[2] == CSVRecord(line: 4, fields: ["", ""]))
        #expect(records.count == 3)
    }

    @Test("a quote inside an unquoted field is refused with its line")
    func strayQuote() {
        #expect(throws: ImportProblem.self) { try CSVRecords.parse("a,b\nc,d\"e\n") }
        do {
            _ = try CSVRecords.parse("a,b\nc,d\"e\n")
        } catch {
            #expect(error.line == 2)
            #expect(error.message.contains("quote inside a field"))
        }
    }

    @Test("text after a closing quote is refused with its line")
    func afterClosingQuote() {
        do {
            _ = try CSVRecords.parse("a,b\n\"x\ny\"z,w\n")
            Issue.record("no problem found")
        } catch {
            #expect(error.line == 3)
            #expect(error.message.contains("after a closing quote"))
        }
    }

    @Test("a quote never closed is refused with the line it opened on")
    func unclosed() {
        do {
            _ = try CSVRecords.parse("a,b\nc,\"d\ne,f\ng,h\n")
            Issue.record("no problem found")
        } catch {
            #expect(error.line == 2)
            #expect(error.message.contains("never closed"))
        }
    }
}

/// The header and the lines of an import file.
@Suite("Import: the file's columns")
struct ImportFileTests {
    @Test("headers in any case and spelling; groups split on ;")
    func headers() throws {
        let file = try ImportFile.read(
            "E-Mail,First_Name,SURNAME,Type,Groups\r\n a@b.co , Ana ,Silva,room-admin,Sales; R&D ;\r\n")
        #expect(file.problems.isEmpty)
        #expect(
            file.lines == [
                ImportLine(
                    line: 2, email: "a@b.co", firstName: "Ana", lastName: "Silva", type: "room-admin",
                    groups: ["Sales", "R&D"])
            ])
    }

    @Test("an unknown column is refused on line 1, naming it and the columns")
    func unknownColumn() {
        do {
            _ = try ImportFile.read("email,first name,grups\na@b.co,A,Sales\n")
            Issue.record("no problem found")
        } catch {
            #expect(error.line == 1)
            #expect(error.message.contains("unknown column “grups”"))
            #expect(error.message.contains(ImportColumn.documented))
        }
    }

    @Test("a column named twice, a missing e-mail column, an empty file")
    func badHeaders() {
        #expect(throws: ImportProblem(line: 1, message: "the column e-mail is named twice")) {
            try ImportFile.read("email,E-mail\n")
        }
        #expect(throws: ImportProblem(line: 1, message: "no e-mail column")) {
            try ImportFile.read("first name,last name\n")
        }
        #expect(throws: ImportProblem.self) { try ImportFile.read("\u{FEFF}") }
    }

    @Test("a line with the wrong number of fields is that line's problem; the others are read")
    func fieldCount() throws {
        let file = try ImportFile.read("email,first name\na@b.co,Ana\nb@b.co,Doe, Jane\nc@b.co,Cy\n")
        #expect(file.lines.map(\.line) == [2, 4])
        #expect(file.problems.map(\.line) == [3])
        #expect(file.problems[0].message.hasPrefix("3 fields, the header has 2"))
    }

    @Test("bad quoting stops the whole file, with its line")
    func badQuoting() {
        #expect(throws: ImportProblem.self) { try ImportFile.read("email\n\"a@b.co\n") }
    }
}
