/// Profiles that issues measured with, kept once for every test that checks them again.
public enum IssueProfiles {
  /// Issue 15's Ordos enterprise (defect 1): a national and a region 技术创新中心, a new
  /// 新型研发机构, R&D 123,456,789 / 23,456,789 yuan, a bought contract of 87,654,321 yuan, a
  /// national 首批次 material.
  public static let ordosJSON = """
    {
      "city": "ordos", "applicant": "enterprise",
      "rd": { "lastYear": 123456789, "yearBefore": 23456789 },
      "platforms": [
        { "type": "techInnovationCenter", "level": "national", "new": true },
        { "type": "techInnovationCenter", "level": "region", "new": true },
        { "type": "newRDInstitution", "level": "region", "new": true }
      ],
      "firstOfKind": [ { "level": "national", "kind": "material", "unitPrice": 1000000 } ],
      "techContracts": [ { "amount": 87654321, "direction": "buy" } ]
    }
    """
}
