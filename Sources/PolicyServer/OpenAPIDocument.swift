/// The committed OpenAPI 3.1 document (`Sources/PolicyServer/openapi.yaml`), embedded: what
/// `GET /openapi.yaml` serves and what the contract test holds the routes to.
public enum OpenAPIDocument {
  public static let text = String(decoding: PackageResources.openapi_yaml, as: UTF8.self)
}
