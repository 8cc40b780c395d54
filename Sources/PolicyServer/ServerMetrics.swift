import Prometheus

/// What `GET /metrics` shows, in Prometheus' text format: requests by route and status, their
/// latency, evaluations, and errors by kind. One registry per server, not the process-wide
/// metrics system, so that tests can run servers side by side.
public final class ServerMetrics: Sendable {
  let registry = PrometheusCollectorRegistry()
  private let evaluations: Counter
  private let batches: Counter

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
  }

  func request(route: String, method: String, status: Int, nanoseconds: Int64) {
    registry.makeCounter(
      descriptor: Self.requests,
      labels: [("route", route), ("method", method), ("status", String(status))]
    ).increment()
    registry.makeDurationHistogram(
      descriptor: Self.duration, labels: [("route", route)], buckets: Self.buckets
    ).recordNanoseconds(nanoseconds)
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
