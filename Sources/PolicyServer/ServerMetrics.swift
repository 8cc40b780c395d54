import Prometheus

/// What `GET /metrics` shows, in Prometheus' text format: requests by route and status, their
/// latency, evaluations, and errors by kind. One registry per server, not the process-wide
/// metrics system, so that tests can run servers side by side.
public final class ServerMetrics: Sendable {
  let registry = PrometheusCollectorRegistry()
  private let evaluations: Counter
  private let batches: Counter
  /// The series a successful answer lands in, made at start: a request then only increments a
  /// counter (an atomic) and records into its route's histogram. `makeCounter` would validate
  /// the names and take the registry's one lock on every request. Other answers (errors, odd
  /// methods) are rarer and made on first use.
  private let answered: [SeriesKey: Counter]
  private let latency: [String: DurationHistogram]

  struct SeriesKey: Hashable {
    var route: String
    var method: String
    var status: Int
  }

  private static var requests: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "policy_wizard", metricName: "http_requests", unitName: "total",
      helpText: "HTTP requests answered.")
  }
  private static var duration: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "policy_wizard", metricName: "http_request_duration", unitName: "seconds",
      helpText: "Time from a request's head to its response's head.")
  }
  private static var errors: MetricNameDescriptor {
    MetricNameDescriptor(
      namespace: "policy_wizard", metricName: "errors", unitName: "total",
      helpText: "Problem answers by kind.")
  }

  public init() {
    evaluations = registry.makeCounter(
      descriptor: MetricNameDescriptor(
        namespace: "policy_wizard", metricName: "evaluations", unitName: "total",
        helpText: "Profiles evaluated (evaluate and compare)."))
    batches = registry.makeCounter(
      descriptor: MetricNameDescriptor(
        namespace: "policy_wizard", metricName: "batches", unitName: "total",
        helpText: "Batches started."))
    var answered: [SeriesKey: Counter] = [:]
    var latency: [String: DurationHistogram] = [:]
    for route in ServerRoute.allCases {
      answered[SeriesKey(route: route.path, method: route.method, status: 200)] =
        registry.makeCounter(
          descriptor: Self.requests,
          labels: [("route", route.path), ("method", route.method), ("status", "200")])
      latency[route.path] = registry.makeDurationHistogram(
        descriptor: Self.duration, labels: [("route", route.path)], buckets: Self.buckets)
    }
    self.answered = answered
    self.latency = latency
  }

  func request(route: String, method: String, status: Int, nanoseconds: Int64) {
    let counter =
      answered[SeriesKey(route: route, method: method, status: status)]
      ?? registry.makeCounter(
        descriptor: Self.requests,
        labels: [("route", route), ("method", method), ("status", String(status))])
    counter.increment()
    let histogram =
      latency[route]
      ?? registry.makeDurationHistogram(
        descriptor: Self.duration, labels: [("route", route)], buckets: Self.buckets)
    histogram.recordNanoseconds(nanoseconds)
  }

  func evaluated() { evaluations.increment() }
  func batchStarted() { batches.increment() }

  func error(_ kind: Problem.Kind) {
    registry.makeCounter(descriptor: Self.errors, labels: [("kind", kind.rawValue)]).increment()
  }

  static let buckets: [Duration] = [
    .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2),
    .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(100), .seconds(1),
  ]

  /// The text of `GET /metrics`.
  public func text() -> String { registry.emitToString() }
}
