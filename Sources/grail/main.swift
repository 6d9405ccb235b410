import Glibc
import GrailSyntax
import GrailCompiler
import GrailRuntime

/// The `grail` command line. Today it exposes the front end (`--dump-ast`,
/// `--dump-ast-batch`, `--tokens`); running programs arrives with the runtime.

let version = "Grail 0.1.0 (Python 3.11 compatible)"

func readFile(_ path: String) -> [UInt8]? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var out: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = buf.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
        if n > 0 { out.append(contentsOf: buf[0..<n]) }
        if n < buf.count { return ferror(f) != 0 ? nil : out }
    }
}

func writeFD(_ fd: Int32, _ s: String) {
    let bytes = Array(s.utf8)
    var off = 0
    while off < bytes.count {
        let n = bytes.withUnsafeBytes { (p) -> Int in
            guard let base = p.baseAddress else { return 0 }
            return write(fd, base + off, p.count - off)
        }
        if n <= 0 { return }
        off += n
    }
}

func writeErr(_ s: String) { writeFD(2, s) }

/// Parses `bytes`; returns the module or the error with the tokenized source for display.
func parse(_ bytes: [UInt8], filename: String, forCompile: Bool, asString: Bool = false) -> (Module?, PySyntaxError?, TokenizedSource?) {
    // `compile()`/`ast.parse()` on a bytes object reject NUL before tokenizing;
    // reading a file (`python3 FILE`) leaves it to the tokenizer.
    if asString && bytes.contains(0) {
        return (nil, PySyntaxError(.syntaxError, "source code string cannot contain null bytes", lineno: 0, offset: 0), nil)
    }
    let src: TokenizedSource
    do {
        src = try Tokenizer.tokenize(bytes)
    } catch {
        return (nil, error, nil)
    }
    let parser = Parser(src, filename: filename)
    do {
        let m = forCompile ? try parser.parseModuleForCompile() : try parser.parseModule()
        return (m, nil, src)
    } catch {
        return (nil, error, src)
    }
}

/// The path as `python3 FILE` shows it in tracebacks (made absolute, like CPython 3.11).
func displayPath(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buf, buf.count) != nil else { return path }
    let cwd = String(cString: buf)
    return cwd.hasSuffix("/") ? cwd + path : cwd + "/" + path
}

func usage() -> Never {
    writeErr("""
    usage: grail [--version] [--dump-ast [--include-attributes] FILE]
                 [--dump-ast-batch LISTFILE [--include-attributes]] [--check FILE]

    """)
    exit(2)
}

/// The command's work, run on a thread with a large stack so that the deepest
/// nesting the front end accepts (CPython's limits) never exhausts it.
let includeAttributes = CommandLine.arguments.contains("--include-attributes")

func runMain() {
    var args = Array(CommandLine.arguments.dropFirst())
    args.removeAll { $0 == "--include-attributes" }
    var xoptions: [(String, String)] = []
    var ignoreEnvironment = false
    while let first = args.first, first == "-X" || first.hasPrefix("-X") || first == "-u" || first == "-B" || first == "-E" || first == "-s" || first == "-I" {
        // -X options are recorded in sys._xoptions; -X gil=0/1 selects GIL mode. -u/-B/-s are accepted.
        if first == "-E" || first == "-I" { ignoreEnvironment = true }
        if first == "-X" || first.hasPrefix("-X") {
            let opt = first == "-X" ? (args.count > 1 ? args[1] : "") : String(first.dropFirst(2))
            if let eq = opt.firstIndex(of: "=") {
                xoptions.append((String(opt[..<eq]), String(opt[opt.index(after: eq)...])))
            } else if !opt.isEmpty {
                xoptions.append((opt, "true"))
            }
        }
        args.removeFirst(first == "-X" ? min(2, args.count) : 1)
    }
    var gil = ignoreEnvironment ? nil : getenv("PYTHON_GIL").map { String(cString: $0) }
    if let x = xoptions.last(where: { $0.0 == "gil" }) { gil = x.1 }
    if let g = gil {
        switch g {
        case "1": GIL.enable()
        case "0": break
        default:
            writeErr("Fatal Python error: config_read_gil: \(xoptions.contains { $0.0 == "gil" } ? "-X gil" : "PYTHON_GIL") must be \"0\" or \"1\"\nPython runtime state: preinitializing\n")
            exit(1)
        }
    }
    GrailMain.xoptions = xoptions
    guard !args.isEmpty else { exit(GrailMain.runStdin(argv: [""])) }
    runMainArgs(args)
}

func runMainArgs(_ args: [String]) {
let first = args[0]
var args = args

switch first {
case "--version", "-V":
    print(version)
case "--dump-ast":
    guard args.count == 2 else { usage() }
    let path = args[1]
    guard let bytes = readFile(path) else {
        writeErr("grail: can't open file '\(path)': [Errno 2] No such file or directory\n")
        exit(2)
    }
    let (m, err, src) = parse(bytes, filename: path, forCompile: false)
    if let m = m {
        print(ASTDumper.dump(m, includeAttributes: includeAttributes))
    } else if let err = err {
        writeErr(SyntaxErrorDisplay.format(err, filename: displayPath(path), source: src))
        exit(1)
    }
case "--dump-ast-batch", "--check-batch":
    guard args.count == 2, let list = readFile(args[1]) else { usage() }
    let forCompile = first == "--check-batch"
    var out = ""
    for line in String(decoding: list, as: UTF8.self).split(separator: "\n") {
        let path = String(line)
        out += "=== \(path)\n"
        guard let bytes = readFile(path) else {
            out += "!!! OSError 0: cannot read\n"
            continue
        }
        let (m, err, _) = parse(bytes, filename: path, forCompile: forCompile, asString: true)
        if let m = m {
            out += forCompile ? "OK\n" : ASTDumper.dump(m, includeAttributes: includeAttributes) + "\n"
        } else if let err = err {
            out += "!!! \(err.kind.rawValue) \(err.lineno): \(err.message)\n"
        }
        if out.utf8.count > 1 << 20 {
            writeFD(1, out)
            out = ""
        }
    }
    writeFD(1, out)
case "--dis":
    guard args.count == 2, let bytes = readFile(args[1]) else { usage() }
    let (m, err, src) = parse(bytes, filename: args[1], forCompile: true)
    if let m = m {
        do {
            let unit = try Compiler.compile(m, filename: args[1], mode: .exec)
            print(Disassembler.disassemble(unit), terminator: "")
        } catch {
            writeErr(SyntaxErrorDisplay.format(error, filename: displayPath(args[1]), source: src))
            exit(1)
        }
    } else if let err = err {
        writeErr(SyntaxErrorDisplay.format(err, filename: displayPath(args[1]), source: src))
        exit(1)
    }
case "-c":
    guard args.count >= 2 else { writeErr("Argument expected for the -c option\n"); exit(2) }
    exit(GrailMain.runCommand(args[1], argv: Array(args.dropFirst(2))))
case "-m":
    guard args.count >= 2 else { writeErr("Argument expected for the -m option\n"); exit(2) }
    exit(GrailMain.runModule(args[1], argv: Array(args.dropFirst(2))))
case "-":
    exit(GrailMain.runStdin(argv: ["-"] + Array(args.dropFirst())))
default:
    if first.hasPrefix("-") && first != "-" {
        writeErr("unknown option \(first)\n")
        usage()
    }
    exit(GrailMain.runFile(first, argv: args))
}
}

let status = GrailMain.onBigStack(stackSize: 1 << 30) {
    if CommandLine.arguments.count < 2 {
        if isatty(0) != 0 { return GrailMain.runREPL() }
        return GrailMain.runStdin(argv: [""])
    }
    runMain()
    return 0
}
exit(status)
