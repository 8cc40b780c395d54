import Foundation
import Testing

/// The kiosk as `deploy/policy-wizard-kiosk.service` runs it — the installed release binary in
/// foot with Noto Sans Mono CJK SC on the cage compositor, through
/// `deploy/policy-wizard-kiosk-session` — here on cage's headless backend (software rendering)
/// as an unprivileged user (uid 65534), photographed with grim.
///
/// Debian 12's cage 0.1.4 on wlroots 0.15 always makes its headless output 1280×720 and has no
/// way to change an output's mode; the other sizes come from a small library preloaded into
/// the test's compositor only (`HeadlessOutputSize`), which changes the size wlroots is asked
/// for and nothing else.
@Suite(
  .enabled(if: ReleaseBuild.shouldRun, ReleaseBuild.skipReason),
  .enabled(if: KioskSession.shouldRun, KioskSession.toolsComment),
  .serialized)
struct KioskDeploymentTests {
  /// The welcome screen's title and the start button, read back from the screenshot.
  static let welcomeTitle = WizardModesTmuxTests.welcomeTitle

  /// The common kiosk screens: the session picks a font size that gives at least 80×24 cells,
  /// the kiosk draws its welcome screen (not 窗口太小), in Chinese, and writes nothing to
  /// standard error.
  @Test(arguments: [(1280, 720), (1920, 1080), (1080, 1920)])
  func theKioskShowsItsWelcomeScreenInChinese(width: Int, height: Int) throws {
    let session = try KioskSession(width: width, height: height)
    defer { session.remove() }
    let run = try session.run(configuration: "kiosk: {operatorPIN: \"246813\"}\n", screenshot: true)

    let size = try #require(run.terminalSize, "no size report:\n\(run)")
    #expect(size.columns >= 80 && size.rows >= 24, "\(size) on \(width)×\(height)\n\(run)")
    // Not a needlessly small font: the smallest of these screens, 1280×720, takes 20 px.
    #expect(size.pixelSize >= 18, "\(size) on \(width)×\(height)")
    #expect(
      run.kioskStderrAtFirstFrame.isEmpty,
      "the kiosk wrote to standard error:\n\(run.kioskStderrAtFirstFrame)")
    // SIGTERM from the test ends it as a kill would: 143, which the unit restarts.
    #expect(run.sessionStatus == 128 + SIGTERM, "\(run)")

    let image = try #require(run.screenshot, "no screenshot:\n\(run)")
    #expect(image.width == width && image.height == height, "\(image.width)×\(image.height)")
    let background = image.mostCommonColor
    let drawn = image.fractionOfPixels { $0 != background }
    #expect(drawn > 0.005, "a blank screen: \(drawn) of the pixels drawn")
    #expect(image.distinctColors >= 3, "one colour and the background only")

    let text = try #require(run.recognisedText, "tesseract read nothing")
    let compact = text.filter { !$0.isWhitespace }
    // The title, in bold at the top, is read whole (tesseract misreads the small print
    // below it); one character of it may be misread.
    let title = Array(Self.welcomeTitle)
    let found = title.filter { compact.contains($0) }.count
    #expect(found >= title.count - 1, "read:\n\(text)\nexpected \(Self.welcomeTitle)")
    #expect(!compact.contains("窗口太小"), "the kiosk refused the terminal:\n\(text)")
  }

  /// A configuration the kiosk refuses: its message, with file and line, reaches the session's
  /// standard error (the journal) and its status 78 is the session's, which the unit's
  /// RestartPreventExitStatus=78 does not restart.
  @Test func aRefusedConfigurationEndsTheSessionWith78AndItsMessage() throws {
    let session = try KioskSession(width: 1280, height: 720)
    defer { session.remove() }
    let run = try session.run(configuration: "kiosk:\n  idleSecs: 5\n", screenshot: false)
    #expect(run.sessionStatus == 78, "\(run)")
    #expect(run.kioskStderr.contains("config.yaml:2: unknown key 'kiosk.idleSecs'"), "\(run)")
    #expect(
      run.sessionStderr.contains("config.yaml:2: unknown key 'kiosk.idleSecs'"),
      "not in the journal:\n\(run)")
  }
}

/// One run of the installed kiosk session on a headless screen of a given size, in a
/// directory of its own that only uid 65534 can enter.
struct KioskSession {
  static let kioskUser: uid_t = 65534

  static let tools = [
    "cage", "foot", "grim", "setpriv", "tesseract", "fc-list",
  ]

  /// A C compiler for `HeadlessOutputSize`: the system's, or the Swift toolchain's clang.
  static let compiler: String? = executable("cc") ?? executable("clang")

  /// The programs of `tools` not on PATH, and the font and OCR language when missing.
  static let toolsMissing: [String] = {
    var missing = tools.filter { executable($0) == nil }
    if compiler == nil { missing.append("cc or clang") }
    let font = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
    if !FileManager.default.fileExists(atPath: font) { missing.append("fonts-noto-cjk") }
    let languages = [
      "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
    ]
    if !languages.contains(where: {
      FileManager.default.fileExists(atPath: $0 + "/chi_sim.traineddata")
    }) {
      missing.append("tesseract-ocr-chi-sim")
    }
    if geteuid() != 0 { missing.append("root (to run the session as uid 65534)") }
    return missing
  }()

  /// Where CI requires the release checks, a missing tool fails the test instead.
  static var shouldRun: Bool { toolsMissing.isEmpty || ReleaseBuild.isRequired }

  static var toolsComment: Comment {
    Comment(
      rawValue: "needs \(toolsMissing.joined(separator: ", ")): apt-get install cage foot "
        + "foot-terminfo grim fonts-noto-cjk xwayland tesseract-ocr tesseract-ocr-chi-sim "
        + "(.ci/run installs them)")
  }

  static func executable(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  struct TerminalSize: CustomStringConvertible {
    var pixelSize: Int
    var rows: Int
    var columns: Int
    var description: String { "\(columns)×\(rows) cells at \(pixelSize) px" }
  }

  struct Run: CustomStringConvertible {
    var sessionStatus: Int32?
    var sessionStderr: String
    var kioskStderr: String
    var kioskStderrAtFirstFrame: String
    var terminalSize: TerminalSize?
    var screenshot: PortablePixmap?
    var recognisedText: String?
    var driverOutput: String

    var description: String {
      "session exit \(sessionStatus.map(String.init) ?? "none")\n--- session stderr:\n"
        + "\(sessionStderr.suffix(3_000))\n--- driver:\n\(driverOutput.suffix(2_000))"
    }
  }

  let width: Int
  let height: Int
  let directory: TemporaryDirectory

  init(width: Int, height: Int) throws {
    guard Self.toolsMissing.isEmpty else {
      throw TmuxTerminal.Failure(description: "\(Self.toolsComment.rawValue)")
    }
    self.width = width
    self.height = height
    directory = try TemporaryDirectory()
    // The kiosk's user reads what is installed here and writes its state: the directory is
    // that user's, 0700 — nothing of it depends on where the checkout is or who may read it.
    chown(directory.url.path, Self.kioskUser, Self.kioskUser)
    chmod(directory.url.path, 0o700)
  }

  func remove() { directory.remove() }

  /// Installs the release binary and the session under the directory, starts the session as
  /// the unit would (its environment; uid 65534), waits for a steady picture and takes it,
  /// reads it with tesseract, then ends the kiosk with SIGTERM and waits for the session
  /// (without `screenshot`, waits for the session to end by itself).
  func run(configuration: String, screenshot: Bool) throws -> Run {
    let root = directory.url.appendingPathComponent("root")
    try ReleaseBuild.install(under: root)
    let config = try directory.write("config.yaml", configuration)
    let state = directory.url.appendingPathComponent("state")
    try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    let shim = try HeadlessOutputSize.build(in: directory)
    let driver = try directory.write("driver.sh", Self.driver)
    for path in [config, state.path, shim, driver] {
      chown(path, Self.kioskUser, Self.kioskUser)
    }
    chmod(state.path, 0o700)
    let environment = [
      "PATH": "/usr/bin:/bin",
      "HOME": directory.url.path,
      "LANG": "C.UTF-8",
      "XDG_RUNTIME_DIR": state.path,
      "KIOSK_STATE": state.path,
      "WLR_BACKENDS": "headless",
      "WLR_RENDERER": "pixman",
      "WLR_LIBINPUT_NO_DEVICES": "1",
      "HEADLESS_OUTPUT_SIZE": "\(width)x\(height)",
      "HEADLESS_SHIM": shim,
      "POLICY_WIZARD": root.appendingPathComponent("usr/local/bin/policy-wizard").path,
      "POLICY_WIZARD_CONFIG": config,
      "SWIFT_BACKTRACE": "enable=yes,interactive=no,color=no,output-to=stderr",
      "SESSION": root.appendingPathComponent(
        "usr/local/libexec/policy-wizard/policy-wizard-kiosk-session"
      ).path,
      "SCREENSHOT": screenshot ? "yes" : "no",
    ]
    let result = try SpawnedCommand.run(
      "/usr/bin/setpriv",
      [
        "--reuid=\(Self.kioskUser)", "--regid=\(Self.kioskUser)", "--clear-groups", "/bin/sh",
        driver,
      ], environment: environment, in: directory.url)
    func read(_ name: String) -> String {
      (try? String(contentsOf: state.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }
    var ocr: String?
    let picture = state.appendingPathComponent("screen.ppm")
    if screenshot, FileManager.default.fileExists(atPath: picture.path) {
      let recognised = try SpawnedCommand.run(
        Self.executable("tesseract") ?? "tesseract",
        [picture.path, "stdout", "-l", "chi_sim", "--psm", "6"],
        environment: PolicyWizardEnvironment.pinned(), in: directory.url)
      ocr = recognised.stdout
    }
    return Run(
      sessionStatus: Int32(read("session-status").trimmingCharacters(in: .whitespacesAndNewlines)),
      sessionStderr: read("session.stderr"), kioskStderr: read("kiosk.stderr"),
      kioskStderrAtFirstFrame: read("kiosk-first-frame.stderr"),
      terminalSize: Self.terminalSize(read("terminal-size")),
      screenshot: try? PortablePixmap(contentsOf: picture), recognisedText: ocr,
      driverOutput: result.stdout + result.stderr)
  }

  /// `pixelsize=20 rows=24 columns=128`, the session's report.
  static func terminalSize(_ text: String) -> TerminalSize? {
    var values: [String: Int] = [:]
    for word in text.split(whereSeparator: \.isWhitespace) {
      let parts = word.split(separator: "=")
      if parts.count == 2, let value = Int(parts[1]) { values[String(parts[0])] = value }
    }
    guard let pixels = values["pixelsize"], let rows = values["rows"],
      let columns = values["columns"]
    else { return nil }
    return TerminalSize(pixelSize: pixels, rows: rows, columns: columns)
  }

  /// Runs as the kiosk's user: the session in the background, then — once the kiosk runs —
  /// screenshots every 0.3 s until two in a row are the same and not one colour (gzip makes a
  /// one-colour picture about 1/1000 of its size; the welcome screen compresses to 1/60), so
  /// foot has drawn the kiosk's first frame and nothing moves; at most 60 s, after which the
  /// last picture is kept for the test to show. Then SIGTERM to the kiosk and the session's
  /// status.
  ///
  /// The test's cage, through a wrapper first on PATH, gets the preloaded size library and
  /// `-r -r` (the output turned 180°; grim turns the picture back): cage 0.1.4 shows a client
  /// buffer that covers the whole output directly (scan-out) instead of drawing it, and on the
  /// headless backend a screenshot then reads cage's own last drawn buffer, from before foot
  /// covered the screen — a blank picture. An output that is turned cannot show a client's
  /// buffer directly, so cage draws every frame, as it does on a real screen, where foot's
  /// shared-memory buffers cannot be scanned out either.
  static let driver = #"""
    set -u
    cd "${KIOSK_STATE}"
    mkdir -p bin
    printf '#!/bin/sh\nLD_PRELOAD=%s exec /usr/bin/cage -r -r "$@"\n' "${HEADLESS_SHIM}" >bin/cage
    chmod 755 bin/cage
    PATH="${KIOSK_STATE}/bin:${PATH}" "${SESSION}" >session.stdout 2>session.stderr &
    session=$!
    waited=0
    while [ ! -s kiosk.pid ] && kill -0 "${session}" 2>/dev/null && [ "${waited}" -lt 600 ]; do
      sleep 0.1
      waited=$((waited + 1))
    done
    if [ "${SCREENSHOT}" = yes ] && [ -s kiosk.pid ]; then
      blank=$(( $(echo "${HEADLESS_OUTPUT_SIZE}" | tr x '*') * 3 / 200 ))
      previous=
      tries=0
      while [ "${tries}" -lt 200 ]; do
        tries=$((tries + 1))
        sleep 0.3
        grim -t ppm shot.ppm 2>>grim.log || continue
        sum=$(cksum <shot.ppm)
        if [ "${sum}" = "${previous}" ] && [ "$(gzip -1 -c shot.ppm | wc -c)" -gt "${blank}" ]; then
          mv shot.ppm screen.ppm
          break
        fi
        previous=${sum}
      done
      [ -f screen.ppm ] || mv shot.ppm screen.ppm 2>/dev/null
    fi
    if [ "${SCREENSHOT}" = yes ] && [ -s kiosk.pid ]; then
      # What the kiosk said up to its first frame (a signal's own message comes after).
      cp kiosk.stderr kiosk-first-frame.stderr
      kill -TERM "$(cat kiosk.pid)" 2>/dev/null
    fi
    wait "${session}"
    echo $? >session-status
    """#
}

/// A library preloaded into the test's cage on wlroots 0.15's headless backend: the one output
/// wlroots makes gets the size in HEADLESS_OUTPUT_SIZE (`1920x1080`) instead of 1280×720.
/// Built with the C compiler at test time (no binary in the repository).
enum HeadlessOutputSize {
  static let source = #"""
    #define _GNU_SOURCE
    #include <dlfcn.h>
    #include <stdlib.h>
    struct wlr_backend;
    struct wlr_output;
    struct wlr_output *wlr_headless_add_output(struct wlr_backend *backend, unsigned int width,
                                               unsigned int height) {
      struct wlr_output *(*original)(struct wlr_backend *, unsigned int, unsigned int) =
          (struct wlr_output *(*)(struct wlr_backend *, unsigned int, unsigned int))dlsym(
              RTLD_NEXT, "wlr_headless_add_output");
      const char *size = getenv("HEADLESS_OUTPUT_SIZE");
      if (size != NULL) {
        char *end = NULL;
        unsigned long w = strtoul(size, &end, 10);
        if (end != NULL && *end == 'x') {
          unsigned long h = strtoul(end + 1, NULL, 10);
          if (w > 0 && h > 0) {
            width = (unsigned int)w;
            height = (unsigned int)h;
          }
        }
      }
      return original(backend, width, height);
    }
    """#

  /// Compiles the library into `directory` and returns its path.
  static func build(in directory: TemporaryDirectory) throws -> String {
    let file = try directory.write("headless-output-size.c", source)
    let library = directory.url.appendingPathComponent("headless-output-size.so").path
    let result = try SpawnedCommand.run(
      KioskSession.compiler ?? "/usr/bin/cc",
      ["-shared", "-fPIC", "-O2", "-o", library, file, "-ldl"],
      environment: PolicyWizardEnvironment.pinned(), in: directory.url)
    guard result.exitStatus == 0 else {
      throw TmuxTerminal.Failure(description: "cc failed: \(result.stderr)")
    }
    return library
  }
}

/// A binary PPM picture (`P6`, 8 bits a channel), as `grim -t ppm` writes it.
struct PortablePixmap {
  struct Color: Hashable {
    var red: UInt8
    var green: UInt8
    var blue: UInt8
  }

  struct Malformed: Error {}

  let width: Int
  let height: Int
  let pixels: [Color]

  init(contentsOf url: URL) throws {
    let bytes = [UInt8](try Data(contentsOf: url))
    // Header: P6, width, height, maximum value, each after white space, then one space byte.
    var fields: [String] = []
    var index = 0
    while fields.count < 4, index < bytes.count {
      while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A {
        index += 1
      }
      var field = ""
      while index < bytes.count, bytes[index] != 0x20, bytes[index] != 0x0A {
        field.append(Character(Unicode.Scalar(bytes[index])))
        index += 1
      }
      fields.append(field)
    }
    index += 1
    guard fields.count == 4, fields[0] == "P6", let width = Int(fields[1]),
      let height = Int(fields[2]), fields[3] == "255",
      bytes.count - index >= width * height * 3
    else { throw Malformed() }
    self.width = width
    self.height = height
    var pixels: [Color] = []
    pixels.reserveCapacity(width * height)
    for pixel in 0..<(width * height) {
      let at = index + pixel * 3
      pixels.append(Color(red: bytes[at], green: bytes[at + 1], blue: bytes[at + 2]))
    }
    self.pixels = pixels
  }

  var mostCommonColor: Color {
    var counts: [Color: Int] = [:]
    for pixel in pixels { counts[pixel, default: 0] += 1 }
    return counts.max { $0.value < $1.value }!.key
  }

  var distinctColors: Int { Set(pixels).count }

  func fractionOfPixels(_ condition: (Color) -> Bool) -> Double {
    Double(pixels.filter(condition).count) / Double(max(pixels.count, 1))
  }
}
