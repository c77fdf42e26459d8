//! `examples/medspa` mirrors the medical-spa system of the hand-written audit
//! report in `shared/seed/`: its tables grouped by the report's domains, its
//! enums grouped as the report groups them, its four migrations, and its seed
//! (the tables the report calls seeded hold rows, the ones it calls empty do
//! not). The lists below are transcribed from the report, in its order; the
//! report's group headers miscount some groups, the lists are what counts.

use std::collections::BTreeSet;
use std::path::Path;

use prisma_drift::migrations;
use prisma_drift::syntax::{BlockKind, CommentKind, Top};

/// "Complete Table List": each domain and its tables.
const DOMAINS: &[(&str, &[&str])] = &[
    (
        "Core Patient & Scheduling",
        &[
            "Patient",
            "Appointment",
            "Note",
            "Allergy",
            "WaitlistEntry",
            "WaitlistSettings",
            "GroupBooking",
            "GroupParticipant",
            "ExpressBookingToken",
        ],
    ),
    (
        "Recurring & Patterns",
        &["RecurringPattern", "RecurringException"],
    ),
    (
        "Treatment & Charting",
        &[
            "Treatment",
            "TreatmentPhoto",
            "PhotoAnnotation",
            "InjectionPoint",
            "ProductUsage",
            "ChartingSettings",
        ],
    ),
    (
        "Forms & Consent",
        &["FormTemplate", "FormSubmission", "PatientFormAssignment"],
    ),
    (
        "Billing & Payments",
        &[
            "Invoice",
            "InvoiceLineItem",
            "Payment",
            "Refund",
            "Package",
            "PackagePurchase",
            "GiftCard",
            "GiftCardTransaction",
            "MembershipTier",
            "PatientMembership",
            "BenefitRedemption",
        ],
    ),
    (
        "Messaging & Communications",
        &[
            "Conversation",
            "MessagingMessage",
            "Campaign",
            "CampaignRecipient",
            "ConsentRecord",
            "ConsentAuditLog",
            "ReminderSettings",
            "SentReminder",
            "MessageTemplate",
            "InboundMessage",
            "OutboundMessage",
            "StatusUpdate",
            "StaffAlert",
            "PatientMessagingProfile",
        ],
    ),
    (
        "Staff & Provider Management",
        &[
            "User",
            "UserLocation",
            "Shift",
            "TimeOffRequest",
            "UserSession",
            "StaffPin",
            "ServicePractitioner",
            "Location",
            "Service",
        ],
    ),
];

/// "Enum Type Verification": each group and its enums.
const ENUM_GROUPS: &[(&str, &[&str])] = &[
    (
        "Enums: Patient & Appointment",
        &[
            "Gender",
            "PatientStatus",
            "AllergySeverity",
            "AppointmentStatus",
            "AssignmentStatus",
            "WaitlistStatus",
            "WaitlistPriority",
            "VIPTier",
            "GroupBookingType",
            "GroupBookingStatus",
            "GroupPaymentType",
            "ParticipantStatus",
        ],
    ),
    (
        "Enums: Treatment & Product",
        &[
            "ProductType",
            "ProductCategory",
            "TreatmentStatus",
            "InjectionDepth",
            "InjectionTechnique",
            "PhotoType",
            "PhotoAngle",
            "AnnotationType",
        ],
    ),
    (
        "Enums: Billing & Financial",
        &[
            "InvoiceStatus",
            "PaymentMethod",
            "PaymentStatus",
            "LineItemType",
            "UnitType",
            "DiscountType",
            "GiftCardStatus",
            "GiftCardTransactionType",
            "MembershipLevel",
            "MembershipStatus",
            "BillingCycle",
            "PackagePurchaseStatus",
        ],
    ),
    (
        "Enums: Messaging & Communication",
        &[
            "MessageChannel",
            "MessageDirection",
            "MessagePriority",
            "MessageStatus",
            "ConversationStatus",
            "MessageType",
            "CampaignStatus",
            "CampaignRecipientStatus",
            "AudienceType",
            "ConsentStatus",
            "ConsentSource",
            "ConsentAction",
            "ConsentType",
            "ReminderType",
            "ReminderStatus",
            "PendingReminderStatus",
            "TemplateCategory",
            "TemplateChannel",
            "AlertType",
            "PhoneType",
        ],
    ),
    (
        "Enums: Provider & Staff",
        &[
            "UserRole",
            "AccessLevel",
            "UserStatus",
            "TimeOffType",
            "TimeOffStatus",
        ],
    ),
    ("Enums: Forms", &["FormType", "SubmissionStatus"]),
    (
        "Enums: Other",
        &[
            "ExpressBookingStatus",
            "RecurringFrequency",
            "RecurringStatus",
            "ExceptionType",
            "RefundStatus",
        ],
    ),
];

/// "Migration History".
const MIGRATIONS: &[&str] = &[
    "20251221153503_initial_schema",
    "20251221200200_add_messaging_tables",
    "20251221200828_add_all_messaging_tables",
    "20251221211506_complete_all_migrations",
];

/// "Current Record Counts": seeded, and not seeded.
const SEEDED: &[&str] = &[
    "Patient",
    "Package",
    "MembershipTier",
    "GiftCard",
    "FormTemplate",
];
const NOT_SEEDED: &[&str] = &[
    "Appointment",
    "User",
    "Invoice",
    "Treatment",
    "Conversation",
    "Campaign",
];

fn example(file: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/medspa")
        .join(file)
}

/// (section comment, blocks of `kind` under it) in file order; blocks before
/// the first section come under "".
fn sections(kind: BlockKind, titles: &[&str]) -> Vec<(String, Vec<String>)> {
    let parsed = prisma_drift::load_schema(&example("schema.prisma")).unwrap();
    assert_eq!(
        parsed.diagnostics.errors().count(),
        0,
        "{}",
        parsed.diagnostics.render(&parsed.sources, false)
    );
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for item in &parsed.files[0].items {
        match item {
            Top::Comment(c) if c.kind == CommentKind::Line && titles.contains(&c.text.trim()) => {
                out.push((c.text.trim().to_string(), Vec::new()));
            }
            Top::Block(b) if b.kind == kind => {
                if out.is_empty() {
                    out.push((String::new(), Vec::new()));
                }
                out.last_mut().unwrap().1.push(b.name.name.clone());
            }
            _ => {}
        }
    }
    out
}

fn expected(groups: &[(&str, &[&str])]) -> Vec<(String, Vec<String>)> {
    groups
        .iter()
        .map(|(title, names)| {
            (
                title.to_string(),
                names.iter().map(|n| n.to_string()).collect(),
            )
        })
        .collect()
}

fn titles(groups: &[(&'static str, &[&str])]) -> Vec<&'static str> {
    groups.iter().map(|(t, _)| *t).collect()
}

#[test]
fn models_are_the_reports_tables_in_its_domains() {
    let report_tables: usize = DOMAINS.iter().map(|(_, t)| t.len()).sum();
    assert_eq!(report_tables, 54, "the report's 54 data tables");
    assert_eq!(
        sections(BlockKind::Model, &titles(DOMAINS)),
        expected(DOMAINS)
    );
    // PascalCase table names as the report shows them: no @@map.
    let parsed = prisma_drift::load_schema(&example("schema.prisma")).unwrap();
    for model in &parsed.schema.models {
        assert_eq!(
            model.database_name, model.name,
            "{} is not mapped",
            model.name
        );
    }
}

#[test]
fn enums_are_the_reports_enums_in_its_groups() {
    let report_enums: usize = ENUM_GROUPS.iter().map(|(_, e)| e.len()).sum();
    assert_eq!(report_enums, 64, "the report's 64 enum types");
    let all: BTreeSet<&str> = ENUM_GROUPS
        .iter()
        .flat_map(|(_, e)| e.iter().copied())
        .collect();
    assert_eq!(all.len(), 64, "no enum listed twice");
    assert_eq!(
        sections(BlockKind::Enum, &titles(ENUM_GROUPS)),
        expected(ENUM_GROUPS)
    );
}

#[test]
fn migrations_are_the_reports_four() {
    let folder = migrations::read_folder(&example("migrations"), Some("postgresql")).unwrap();
    let names: Vec<&str> = folder.migrations.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, MIGRATIONS);
    assert_eq!(folder.lock_provider.as_deref(), Some("postgresql"));
    assert!(folder.problems.is_empty(), "{:?}", folder.problems);
}

#[test]
fn seed_fills_the_tables_the_report_calls_seeded() {
    let seed = std::fs::read_to_string(example("seed.sql")).unwrap();
    let insert = regex::Regex::new(r#"(?m)^INSERT INTO "(\w+)""#).unwrap();
    let seeded: BTreeSet<&str> = insert
        .captures_iter(&seed)
        .map(|c| c.get(1).unwrap().as_str())
        .collect();
    for table in SEEDED {
        assert!(seeded.contains(table), "{table} is seeded in the report");
    }
    for table in NOT_SEEDED {
        assert!(!seeded.contains(table), "{table} is empty in the report");
    }
    // Every seeded table is one of the schema's.
    let parsed = prisma_drift::load_schema(&example("schema.prisma")).unwrap();
    for table in &seeded {
        assert!(parsed.schema.find_model(table).is_some(), "{table}");
    }
}
