import Glibc
import CGrailGC
import GrailSyntax
import GrailCompiler
import Synchronization

/// The embedding entry points the CLI uses: run a file, a command string,
/// a module, or standard input, returning the process exit status.
public enum GrailMain {
    private static let xoptionStore = GrailMutex<[(String, String)]>([])
    /// `-X name=value` options for `sys._xoptions` (set by the CLI before running).
    public static var xoptions: [(String, String)] {
        get { xoptionStore.withLock { $0 } }
        set { xoptionStore.withLock { $0 = newValue } }
    }
    /// Runs `body` on a new thread with a large stack (deep recursion) and returns its status.
    public static func onBigStack(stackSize: Int = 512 << 20, _ body: @escaping () -> Int32) -> Int32 {
        final class Box { var body: () -> Int32; var result: Int32 = 0; init(_ b: @escaping () -> Int32) { body = b } }
        let box = Box(body)
        let p = Unmanaged.passRetained(box).toOpaque()
        var th: UInt64 = 0
        let r = grail_thread_create({ arg in
            let b = Unmanaged<Box>.fromOpaque(arg!).takeUnretainedValue()
            b.result = b.body()
            return nil
        }, p, stackSize, &th)
        if r != 0 { return body() }
        _ = grail_thread_join(th)
        return box.result
    }

    public static func runFile(_ path: String, argv: [String]) -> Int32 {
        Runtime.bootstrap(argv: argv, path0: dirname(path))
        StdStreams.installExtras()
        guard let bytes = readFileBytes(path) else {
            let msg = String(cString: strerror(errno))
            StdStreams.stderr.write("\(CommandLine.arguments.first ?? "grail"): can't open file '\(absolutePath(path))': [Errno \(errno)] \(msg)\n")
            StdStreams.flushAll()
            return 2
        }
        let display = absolutePath(path)
        SourceCache.put(display, bytes)
        return runSource(bytes, filename: display, isString: false)
    }

    public static func runCommand(_ code: String, argv: [String]) -> Int32 {
        Runtime.bootstrap(argv: ["-c"] + argv, path0: "")
        StdStreams.installExtras()
        return runSource(Array(code.utf8), filename: "<string>", isString: true)
    }

    public static func runStdin(argv: [String]) -> Int32 {
        Runtime.bootstrap(argv: argv.isEmpty ? [""] : argv, path0: "")
        StdStreams.installExtras()
        let text = StdStreams.stdin.readAll()
        SourceCache.put("<stdin>", Array(text.utf8))
        return runSource(Array(text.utf8), filename: "<stdin>", isString: false)
    }

    public static func runModule(_ name: String, argv: [String]) -> Int32 {
        Runtime.bootstrap(argv: [name] + argv, path0: currentDirectory())
        StdStreams.installExtras()
        return protect {
            let paths = Importer.sysPath()
            guard let (file, isPkg) = Importer.find(name, in: paths) else {
                StdStreams.stderr.write("\(CommandLine.arguments.first ?? "grail"): No module named \(name)\n")
                StdStreams.flushAll()
                return 1
            }
            var target = file
            if isPkg { target = String(file.dropLast("__init__.py".count)) + "__main__.py" }
            guard let bytes = readFileBytes(target) else { return 1 }
            if let argvList = Runtime.shared.sysDict.getStr("argv"), case .obj(let l as PyList) = argvList { _ = l.set(0, .str(target)) }
            SourceCache.put(target, bytes)
            return runSource(bytes, filename: target, isString: false)
        }
    }

    /// The interactive prompt (`>>> ` / `... `), compiling each input in 'single' mode.
    public static func runREPL() -> Int32 {
        Runtime.bootstrap(argv: [""], path0: "")
        StdStreams.installExtras()
        StdStreams.stderr.write("Grail 0.1.0 (Python 3.11 compatible)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n")
        StdStreams.stderr.flush()
        guard case .obj(let main as PyModule)? = Runtime.shared.modules.getStr("__main__"), let g = main.dict else { return 1 }
        while true {
            StdStreams.stderr.write(">>> ")
            StdStreams.stderr.flush()
            guard let first = StdStreams.stdin.readLine() else {
                StdStreams.stderr.write("\n")
                waitForThreads()
                runExitFuncs()
                finish()
                return 0
            }
            var source = first
            if needsMore(source) {
                while true {
                    StdStreams.stderr.write("... ")
                    StdStreams.stderr.flush()
                    guard let line = StdStreams.stdin.readLine() else { break }
                    if isBlank(line) { break }
                    source += line
                }
            }
            if isBlank(source) { continue }
            do throws(PyBaseException) {
                let code = try Eval.compile(Array(source.utf8), filename: "<stdin>", mode: .single)
                SourceCache.put("<stdin>", Array(source.utf8))
                _ = try Interpreter.runCode(code, globals: g, locals: g)
            } catch let e {
                if e.type.isSubtype(ExcTypes.systemExit) {
                    StdStreams.flushAll()
                    let status = handleUncaught(e)
                    waitForThreads()
                    runExitFuncs()
                    finish()
                    return status
                }
                Traceback.printException(e)
            }
            StdStreams.flushAll()
        }
    }

    /// Whether `s` holds only whitespace (REPL input).
    static func isBlank(_ s: String) -> Bool { trimmed(s).isEmpty }
    /// `s` without leading and trailing whitespace.
    static func trimmed(_ s: String) -> Substring {
        guard let a = s.firstIndex(where: { !$0.isWhitespace }), let b = s.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return s[a...b]
    }

    /// Whether an interactive input needs continuation lines.
    static func needsMore(_ s: String) -> Bool {
        let t = trimmed(s)
        if t.hasSuffix(":") || t.hasSuffix("\\") { return true }
        var depth = 0
        for c in t { if "([{".contains(c) { depth += 1 } else if ")]}".contains(c) { depth -= 1 } }
        return depth > 0
    }

    static func protect(_ body: () -> Int32) -> Int32 { body() }

    /// Compiles and runs source as `__main__`; prints uncaught exceptions.
    public static func runSource(_ bytes: [UInt8], filename: String, isString: Bool) -> Int32 {
        let rt = Runtime.shared
        guard case .obj(let main as PyModule)? = rt.modules.getStr("__main__"), let g = main.dict else { return 1 }
        if filename != "<string>" && filename != "<stdin>" { g.setStr("__file__", .str(filename)) }
        var status: Int32 = 0
        do throws(PyBaseException) {
            let code = try Eval.compile(bytes, filename: filename, mode: .exec, isString: isString)
            _ = try Interpreter.runCode(code, globals: g, locals: g)
        } catch let e {
            status = handleUncaught(e)
        }
        waitForThreads()
        runExitFuncs()
        finish()
        return status
    }

    /// Prints an uncaught exception (or honours SystemExit); returns the exit status.
    public static func handleUncaught(_ e: PyBaseException) -> Int32 {
        if e.type.isSubtype(ExcTypes.systemExit) {
            let code = e.dict?.getStr("code") ?? (e.args.count > 0 ? e.args.items[0] : .None)
            if code.isNone { return 0 }
            if let i = IntOps.small(code) { return Int32(truncatingIfNeeded: i) }
            StdStreams.stdout.flush()
            StdStreams.stderr.write(((try? Ops.str(code).value) ?? "") + "\n")
            return 1
        }
        if let hook = Runtime.shared.sysDict.getStr("excepthook"), case .obj(let hb as PyBuiltinFunction) = hook, hb.name == "excepthook", hb.moduleName == "sys" {
            Traceback.printException(e)
        } else if let hook = Runtime.shared.sysDict.getStr("excepthook") {
            do throws(PyBaseException) {
                _ = try Ops.callValues(hook, [.obj(e.type), .obj(e), e.traceback.map { .obj($0) } ?? .None])
            } catch let e2 {
                StdStreams.stderr.write("Error in sys.excepthook:\n")
                Traceback.printException(e2)
                StdStreams.stderr.write("\nOriginal exception was:\n")
                Traceback.printException(e)
            }
        }
        if e.type.isSubtype(ExcTypes.keyboardInterrupt) {
            // Like CPython: exit by the signal so the parent sees the interrupt
            // (after the finalisation: threads joined, atexit callbacks run).
            waitForThreads()
            runExitFuncs()
            finish()
            signal(SIGINT, SIG_DFL)
            kill(getpid(), SIGINT)
            return 130
        }
        return 1
    }

    /// Interpreter exit: `threading._shutdown()` waits for non-daemon threads
    /// (when the program imported threading), as CPython's finalisation does.
    static func waitForThreads() {
        guard case .obj(let m as PyModule)? = Runtime.shared.modules.getStr("threading"),
              let sd = m.dict?.getStr("_shutdown") else { return }
        do throws(PyBaseException) { _ = try Ops.callValues(sd, []) }
        catch let e {
            if e.type.isSubtype(ExcTypes.keyboardInterrupt) { return }
            Unraisable.report("Exception ignored in: \((try? Ops.repr(sd).value) ?? "<function>")", e)
        }
    }

    /// Interpreter exit: the `atexit` callbacks (after the threads were
    /// joined, before the streams are flushed), as CPython's Py_FinalizeEx.
    static func runExitFuncs() {
        AtexitModule.runExitFuncs()
    }

    static func finish() {
        if let so = Runtime.shared.sysDict.getStr("stdout"), !(so.object is PyStdStream), !so.isNone {
            _ = try? Ops.callMethod(so, "flush", [])
        }
        StdStreams.flushAll()
    }

    static func dirname(_ path: String) -> String {
        let abs = absolutePath(path)
        guard let slash = abs.lastIndex(of: "/") else { return "." }
        let d = String(abs[..<slash])
        return d.isEmpty ? "/" : d
    }

    static func currentDirectory() -> String {
        var buf = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buf, buf.count) != nil else { return "." }
        return String(cString: buf)
    }

    public static func absolutePath(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var parts = currentDirectory().split(separator: "/").map(String.init)
        for comp in path.split(separator: "/") {
            if comp == "." { continue }
            if comp == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(String(comp))
        }
        return "/" + parts.joined(separator: "/")
    }
}
