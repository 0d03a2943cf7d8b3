/// `JSONEncoder` escapes the C0 controls but writes DEL and the C1 controls (U+0080–U+009F)
/// raw, and a terminal acts on C1: U+009B is a one-byte CSI, U+009D an OSC. Every JSON this
/// tool prints goes through here (or through `PrettyJSONWriter`, which escapes them itself),
/// so `--json` on a terminal cannot drive it while a parser still reads the exact strings.
public enum JSONControlEscapes {
    /// `json` with DEL and every C1 control written as `\u007f` … `\u009f`. JSON's own syntax
    /// is ASCII, so these characters can only stand inside strings, where the escape means
    /// the same character.
    public static func escapingDELAndC1(_ json: String) -> String {
        guard json.utf8.contains(where: { $0 == 0x7F || $0 == 0xC2 }) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if (0x7F...0x9F).contains(scalar.value) {
                out.append(contentsOf: "\\u00\(String(scalar.value, radix: 16))".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
