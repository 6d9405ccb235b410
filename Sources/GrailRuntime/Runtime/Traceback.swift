import GrailSyntax

/// Prints uncaught exceptions like CPython 3.11 (chained causes/contexts,
/// `Traceback (most recent call last):`, file/line/source lines).
public enum Traceback {
    /// Source lines cache for tracebacks (per-call reads; files are small).
    static func sourceLine(_ file: String, _ line: Int) -> String? {
        guard line > 0 else { return nil }
        if let text = SourceCache.get(file) {
            let lines = text.split(separator: 10, omittingEmptySubsequences: false)
            if line <= lines.count {
                let l = String(decoding: lines[line - 1], as: UTF8.self)
                let stripped = l.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" })
                var s = String(stripped)
                while s.hasSuffix("\r") || s.hasSuffix(" ") || s.hasSuffix("\t") { s.removeLast() }
                return s
            }
        }
        return nil
    }

    public static func format(_ e: PyBaseException) -> String {
        var seen: [PyBaseException] = []
        return formatChain(e, &seen)
    }

    static func formatChain(_ e: PyBaseException, _ seen: inout [PyBaseException]) -> String {
        seen.append(e)
        var out = ""
        if let c = e.cause, !seen.contains(where: { $0 === c }) {
            out += formatChain(c, &seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if let c = e.context, !e.suppressContext, !seen.contains(where: { $0 === c }) {
            out += formatChain(c, &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        out += formatOne(e)
        return out
    }

    static func formatOne(_ e: PyBaseException) -> String {
        var out = ""
        if e.traceback != nil {
            out += "Traceback (most recent call last):\n"
            var tb = e.traceback
            var lastKey = ""
            var repeats = 0
            var entries: [String] = []
            while let t = tb {
                let file = t.frame.code.filename
                let name = t.frame.code.name.value
                let key = "\(file):\(t.lineno):\(name)"
                var entry = "  File \"\(file)\", line \(t.lineno), in \(name)\n"
                if let src = sourceLine(file, t.lineno), !src.isEmpty { entry += "    \(src)\n" }
                if key == lastKey {
                    repeats += 1
                    if repeats < 3 { entries.append(entry) }
                } else {
                    if repeats >= 3 { entries.append("  [Previous line repeated \(repeats - 2) more time\(repeats - 2 == 1 ? "" : "s")]\n") }
                    repeats = 0
                    lastKey = key
                    entries.append(entry)
                }
                tb = t.next
            }
            if repeats >= 3 { entries.append("  [Previous line repeated \(repeats - 2) more time\(repeats - 2 == 1 ? "" : "s")]\n") }
            out += entries.joined()
        }
        if e.type.isSubtype(ExcTypes.syntaxError) {
            out += syntaxErrorText(e)
            return out
        }
        out += exceptionLine(e)
        return out
    }

    static func syntaxErrorText(_ e: PyBaseException) -> String {
        if let (se, src) = e.frontEnd {
            var fname = "<string>"
            if case .obj(let f as PyStr)? = e.dict?.getStr("filename") { fname = f.value }
            return SyntaxErrorDisplay.format(se, filename: fname, source: src)
        }
        return exceptionLine(e)
    }

    /// "TypeError: message" (module-qualified for non-builtins).
    public static func exceptionLine(_ e: PyBaseException) -> String {
        var name = e.type.qualname
        if e.type.isHeapType, case .obj(let m as PyStr)? = e.type.dict?.getStr("__module__"), m.value != "builtins", m.value != "__main__" {
            name = m.value + "." + name
        }
        let msg = (try? Ops.str(.obj(e)).value) ?? "<exception str() failed>"
        var line = msg.isEmpty ? "\(name)\n" : "\(name): \(msg)\n"
        if let notes = e.dict?.getStr("__notes__"), let items = try? Ops.toArray(notes) {
            for n in items { line += ((try? Ops.str(n).value) ?? "") + "\n" }
        }
        return line
    }

    /// Writes the traceback to stderr (sys.stderr when replaced).
    public static func printException(_ e: PyBaseException) {
        StdStreams.stdout.flush()
        let text = format(e)
        if let se = Runtime.shared.sysDict.getStr("stderr"), !(se.object is PyStdStream), !se.isNone {
            _ = try? Ops.callMethod(se, "write", [.str(text)])
            return
        }
        StdStreams.stderr.write(text)
        StdStreams.stderr.flush()
    }
}

/// File contents for traceback source lines (read on demand, cached).
/// Thread-safety: a mutex-protected dictionary.
enum SourceCache {
    static let cache = MutexBox<[String: [UInt8]]>([:])
    static func get(_ file: String) -> [UInt8]? {
        if let c = cache.withLock({ $0[file] }) { return c }
        guard let b = readFileBytes(file) else { return nil }
        cache.withLock { $0[file] = b }
        return b
    }
    static func put(_ file: String, _ bytes: [UInt8]) { cache.withLock { $0[file] = bytes } }
}

import Synchronization
/// A class wrapper around `Mutex` so it can live in a static `let`.
final class MutexBox<T>: @unchecked Sendable {
    let m: Mutex<T>
    init(_ v: T) { m = Mutex(v) }
    func withLock<R>(_ body: (inout T) -> R) -> R { m.withLock { body(&$0) } }
}
