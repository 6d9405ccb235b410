/// Formats a `PySyntaxError` the way CPython 3.11 prints an uncaught
/// SyntaxError (`File "…", line N`, the stripped source line, the caret line,
/// `SyntaxError: message`). Carets are placed by byte offset, as CPython 3.11's
/// `print_error_text` does. Thread-safety: stateless.
public enum SyntaxErrorDisplay {
    public static func format(_ e: PySyntaxError, filename: String, source: TokenizedSource?) -> String {
        if e.kind == .memoryError { return "MemoryError\n" }
        var out = ""
        if e.lineno != 0 {
            out += "  File \"\(filename)\", line \(e.lineno)\n"
        }
        var text: [UInt8] = []
        if let s = source, e.lineno > 0 { text = s.lineText(e.lineno) }
        // CPython prints the line as a C string: it stops at a NUL byte.
        if let nul = text.firstIndex(of: 0) { text = Array(text[..<nul]) }
        if !text.isEmpty || (source != nil && e.lineno > 0 && e.lineno <= (source?.lineStarts.count ?? 0)) {
            var offset = e.offset - 1
            // An error spanning lines is underlined to the end of its first line.
            let endOffset = e.endLineno > e.lineno ? text.count + 1 : e.endOffset
            var end = endOffset > 0 ? endOffset - 1 : -1
            var i = 0
            while i < text.count, text[i] == 0x20 || text[i] == 0x09 || text[i] == 0x0C {
                i += 1
                offset -= 1
                end -= 1
            }
            let stripped = Array(text[i...])
            if offset > stripped.count { offset = stripped.count }
            out += "    " + String(decoding: stripped, as: UTF8.self) + "\n"
            if offset >= 0 && e.offset > 0 {
                // CPython 3.11 draws a single caret for IndentationError and TabError.
                let single = e.kind == .indentationError || e.kind == .tabError
                var reps = (end > offset && !single) ? end - offset : 1
                if reps < 1 { reps = 1 }
                out += "    " + String(repeating: " ", count: offset) + String(repeating: "^", count: reps) + "\n"
            }
        }
        out += "\(e.kind.rawValue): \(e.message)\n"
        return out
    }
}
