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
        var ctx = PrintContext()
        var seen: [PyBaseException] = []
        var out = ""
        formatException(e, &ctx, &seen, &out)
        return out
    }

    /// CPython 3.11's traceback.TracebackException.format state (`_ExceptionPrintContext`).
    struct PrintContext {
        var depth = 0
        var needClose = false
        func indent() -> String { String(repeating: " ", count: 2 * depth) }
        func emit(_ text: String, margin: Character = "|", into out: inout String) {
            var prefix = indent()
            if depth > 0 { prefix += String(margin) + " " }
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                out += prefix + line + "\n"
            }
        }
    }

    static let causeMessage = "\nThe above exception was the direct cause of the following exception:\n\n"
    static let contextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n"

    static func formatException(_ e: PyBaseException, _ ctx: inout PrintContext, _ seen: inout [PyBaseException], _ out: inout String) {
        var chain: [(String?, PyBaseException)] = []
        var cur: PyBaseException? = e
        while let x = cur {
            if seen.contains(where: { $0 === x }) { break }
            seen.append(x)
            var msg: String? = nil
            var next: PyBaseException? = nil
            if let c = x.cause { msg = causeMessage; next = c }
            else if let c = x.context, !x.suppressContext { msg = contextMessage; next = c }
            if let n = next, seen.contains(where: { $0 === n }) { msg = nil; next = nil }
            chain.append((msg, x))
            cur = next
        }
        for (msg, x) in chain.reversed() {
            if let m = msg { ctx.emit(m, into: &out) }
            let groupItems = groupExceptions(x)
            if groupItems == nil {
                if x.traceback != nil {
                    ctx.emit("Traceback (most recent call last):\n", into: &out)
                    ctx.emit(stackText(x), into: &out)
                }
                ctx.emit(onlyText(x), into: &out)
            } else if ctx.depth > 10 {
                ctx.emit("... (max_group_depth is 10)\n", into: &out)
            } else {
                let items = groupItems ?? []
                let toplevel = ctx.depth == 0
                if toplevel { ctx.depth += 1 }
                if x.traceback != nil {
                    ctx.emit("Exception Group Traceback (most recent call last):\n", margin: toplevel ? "+" : "|", into: &out)
                    ctx.emit(stackText(x), into: &out)
                }
                ctx.emit(onlyText(x), into: &out)
                let n = items.count <= 15 ? items.count : 16
                ctx.needClose = false
                for i in 0..<n {
                    let last = i == n - 1
                    if last { ctx.needClose = true }
                    let truncated = i >= 15
                    let title = truncated ? "..." : "\(i + 1)"
                    out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- \(title) ----------------\n"
                    ctx.depth += 1
                    if !truncated {
                        var sub = seen
                        formatException(items[i], &ctx, &sub, &out)
                    } else {
                        let remaining = items.count - 15
                        ctx.emit("and \(remaining) more exception\(remaining > 1 ? "s" : "")\n", into: &out)
                    }
                    if last && ctx.needClose {
                        out += ctx.indent() + "+------------------------------------\n"
                        ctx.needClose = false
                    }
                    ctx.depth -= 1
                }
                if toplevel { ctx.depth = 0 }
            }
        }
    }

    /// The sub-exceptions of an exception group (nil for other exceptions).
    static func groupExceptions(_ e: PyBaseException) -> [PyBaseException]? {
        guard e.type.isSubtype(ExcTypes.baseExceptionGroup) else { return nil }
        var v: Value? = e.dict?.getStr("exceptions")
        if v == nil, e.args.count > 1 { v = e.args.items[1] }
        guard let vv = v, let items = try? Ops.toArray(vv) else { return [] }
        return items.compactMap { $0.object as? PyBaseException }
    }

    static func stackText(_ e: PyBaseException) -> String {
        var out = ""
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
        return out
    }

    static func onlyText(_ e: PyBaseException) -> String {
        if e.type.isSubtype(ExcTypes.syntaxError) { return syntaxErrorText(e) }
        return exceptionLine(e)
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
    public static func printException(_ e: PyBaseException, header: String? = nil) {
        StdStreams.stdout.flush()
        let text = header.map { $0 + "\n" + format(e) } ?? format(e)
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
    /// Values carry an untagged copy of the key's storage address so the
    /// collector keeps long file names alive (see PyStr.storageAnchor).
    struct Entry { let anchor: UInt; let bytes: [UInt8] }
    static let cache = MutexBox<[String: Entry]>([:])
    static func get(_ file: String) -> [UInt8]? {
        if let c = cache.withLock({ $0[file] }) { return c.bytes }
        guard let b = readFileBytes(file) else { return nil }
        cache.withLock { $0[file] = Entry(anchor: PyStr.anchor(file), bytes: b) }
        return b
    }
    static func put(_ file: String, _ bytes: [UInt8]) {
        cache.withLock { $0[file] = Entry(anchor: PyStr.anchor(file), bytes: bytes) }
    }
}

import Synchronization
/// A class wrapper around `Mutex` so it can live in a static `let`.
final class MutexBox<T>: @unchecked Sendable {
    let m: GrailMutex<T>
    init(_ v: T) { m = GrailMutex(v) }
    func withLock<R>(_ body: (inout T) -> R) -> R { m.withLock { body(&$0) } }
}
