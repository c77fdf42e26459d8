-- Development seed for the medical-spa example: invented people and places
-- only (Example/Sample surnames, example.com addresses, 555-01xx numbers).
-- Runs after the migrations, e.g. psql -v ON_ERROR_STOP=1 -f seed.sql.
-- Ids are fixed strings instead of the cuid()s Prisma Client would make, and
-- "updatedAt" is set by hand because @updatedAt has no database default.

-- ---------------------------------------------------------------------------
-- Locations, services and per-location settings
-- ---------------------------------------------------------------------------

INSERT INTO "Location" ("id", "code", "name", "addressLine1", "city", "state", "postalCode", "phone", "email", "businessHours", "taxRate", "updatedAt") VALUES
  ('loc_downtown', 'DT', 'Example Med Spa Downtown', '100 Example Avenue', 'Springfield', 'IL', '62701', '217-555-0100', 'downtown@example.com',
   '{"mon": ["09:00", "19:00"], "tue": ["09:00", "19:00"], "wed": ["09:00", "19:00"], "thu": ["09:00", "20:00"], "fri": ["09:00", "18:00"], "sat": ["10:00", "16:00"]}', 0.0625, '2025-12-21 16:30:00'),
  ('loc_uptown', 'UP', 'Example Med Spa Uptown', '200 Sample Boulevard', 'Springfield', 'IL', '62704', '217-555-0150', 'uptown@example.com',
   '{"tue": ["10:00", "18:00"], "wed": ["10:00", "18:00"], "thu": ["10:00", "18:00"], "fri": ["10:00", "18:00"], "sat": ["09:00", "15:00"]}', 0.0625, '2025-12-21 16:30:00');

INSERT INTO "Service" ("id", "code", "name", "description", "category", "duration", "bufferMinutes", "price", "depositRequired", "depositAmount", "requiresConsult", "consentFormIds", "displayOrder", "updatedAt") VALUES
  ('svc_consult', 'CONSULT', 'Aesthetic Consultation', 'Assessment and treatment plan with a provider.', 'consultation', 30, 0, 0, false, NULL, false, '{}', 1, '2025-12-21 16:30:00'),
  ('svc_neurotoxin', 'TOX', 'Neurotoxin (per area)', 'Forehead, glabella or crow''s feet.', 'injectables', 30, 10, 350, false, NULL, false, '{form_tox_consent}', 2, '2025-12-21 16:30:00'),
  ('svc_filler_lips', 'FILL-LIP', 'Lip Filler (1 syringe)', 'Hyaluronic acid lip augmentation.', 'injectables', 45, 15, 750, true, 100.00, true, '{form_tox_consent}', 3, '2025-12-21 16:30:00'),
  ('svc_filler_cheek', 'FILL-CHK', 'Cheek Filler (2 syringes)', 'Mid-face volume restoration.', 'injectables', 60, 15, 1400, true, 200.00, true, '{form_tox_consent}', 4, '2025-12-21 16:30:00'),
  ('svc_hydrafacial', 'HYDRA', 'Hydrating Facial', 'Cleanse, exfoliate, extract and hydrate.', 'facials', 60, 10, 199, false, NULL, false, '{}', 5, '2025-12-21 16:30:00'),
  ('svc_peel', 'PEEL', 'Chemical Peel', 'Medium-depth peel.', 'facials', 45, 10, 175, false, NULL, false, '{}', 6, '2025-12-21 16:30:00'),
  ('svc_microneedling', 'MICRO', 'Microneedling', 'Collagen induction therapy.', 'skin', 60, 15, 325, false, NULL, false, '{}', 7, '2025-12-21 16:30:00'),
  ('svc_laser_hair', 'LHR', 'Laser Hair Removal (small area)', 'Upper lip, chin or underarms.', 'laser', 20, 10, 125, false, NULL, false, '{}', 8, '2025-12-21 16:30:00'),
  ('svc_ipl', 'IPL', 'IPL Photofacial', 'Pigment and redness reduction.', 'laser', 45, 15, 400, true, 50.00, true, '{}', 9, '2025-12-21 16:30:00'),
  ('svc_prp', 'PRP', 'PRP Facial', 'Microneedling with platelet-rich plasma.', 'skin', 75, 15, 650, true, 100.00, true, '{}', 10, '2025-12-21 16:30:00');

INSERT INTO "WaitlistSettings" ("id", "locationId", "offerExpiryMinutes", "maxOffersPerSlot", "quietHoursStart", "quietHoursEnd", "updatedAt") VALUES
  ('wls_downtown', 'loc_downtown', 120, 3, '21:00', '08:00', '2025-12-21 16:30:00'),
  ('wls_uptown', 'loc_uptown', 90, 2, '20:00', '09:00', '2025-12-21 16:30:00');

INSERT INTO "ReminderSettings" ("id", "locationId", "firstReminderHours", "secondReminderHours", "templateIds", "updatedAt") VALUES
  ('rms_downtown', 'loc_downtown', 48, 24, '{"confirmation": "tpl_confirmation", "reminder": "tpl_reminder_24h"}', '2025-12-21 16:30:00'),
  ('rms_uptown', 'loc_uptown', 72, 24, '{"confirmation": "tpl_confirmation", "reminder": "tpl_reminder_24h"}', '2025-12-21 16:30:00');

INSERT INTO "ChartingSettings" ("id", "locationId", "requireCoSignature", "coSignatureRoles", "autoLockHours", "photoRequirements", "updatedAt") VALUES
  ('chs_downtown', 'loc_downtown', true, '{NURSE,AESTHETICIAN}', 24, '{"injectables": ["FRONT", "LEFT_45", "RIGHT_45"]}', '2025-12-21 16:30:00'),
  ('chs_uptown', 'loc_uptown', false, '{}', 48, '{"injectables": ["FRONT"]}', '2025-12-21 16:30:00');

-- ---------------------------------------------------------------------------
-- Patients
-- ---------------------------------------------------------------------------

INSERT INTO "Patient" ("id", "patientNumber", "firstName", "lastName", "dateOfBirth", "gender", "email", "phone", "addressLine1", "city", "state", "postalCode",
                       "emergencyContactName", "emergencyContactPhone", "emergencyContactRelation", "status", "vipTier", "primaryLocationId", "referralSource",
                       "medicalAlerts", "tags", "marketingOptIn", "photoConsent", "accountBalance", "createdAt", "updatedAt") VALUES
  ('pat_ada', 'P-000001', 'Ada', 'Example', '1985-03-14', 'FEMALE', 'ada.example@example.com', '217-555-0101', '1 Example Lane', 'Springfield', 'IL', '62701',
   'Charles Example', '217-555-0121', 'Spouse', 'ACTIVE', 'GOLD', 'loc_downtown', 'website', '{}', '{vip,injectables}', true, true, 0, '2025-12-21 16:30:00', '2025-12-21 16:30:00'),
  ('pat_grace', 'P-000002', 'Grace', 'Sample', '1990-12-09', 'FEMALE', 'grace.sample@example.com', '217-555-0102', '2 Sample Street', 'Springfield', 'IL', '62702',
   'Howard Sample', '217-555-0122', 'Brother', 'ACTIVE', 'SILVER', 'loc_downtown', 'referral', '{pregnant}', '{}', true, false, 0, '2025-12-21 16:30:00', '2025-12-21 16:30:00'),
  ('pat_alan', 'P-000003', 'Alan', 'Placeholder', '1978-06-23', 'MALE', 'alan.placeholder@example.com', '217-555-0103', '3 Placeholder Road', 'Springfield', 'IL', '62703',
   NULL, NULL, NULL, 'ACTIVE', 'NONE', 'loc_uptown', 'walk-in', '{}', '{}', false, true, 0, '2025-12-21 16:30:00', '2025-12-21 16:30:00'),
  ('pat_marie', 'P-000004', 'Marie', 'Testperson', '1967-11-07', 'FEMALE', 'marie.testperson@example.com', '217-555-0104', '4 Test Court', 'Springfield', 'IL', '62704',
   'Pierre Testperson', '217-555-0124', 'Spouse', 'ACTIVE', 'PLATINUM', 'loc_uptown', 'event', '{blood thinners}', '{membership}', true, true, 45.00, '2025-12-21 16:30:00', '2025-12-21 16:30:00'),
  ('pat_nikola', 'P-000005', 'Nikola', 'Demo', '1995-07-10', 'MALE', 'nikola.demo@example.com', '217-555-0105', '5 Demo Drive', 'Springfield', 'IL', '62701',
   NULL, NULL, NULL, 'ACTIVE', 'NONE', 'loc_downtown', 'social', '{}', '{laser}', false, false, 0, '2025-12-21 16:30:00', '2025-12-21 16:30:00'),
  ('pat_rosalind', 'P-000006', 'Rosalind', 'Fixture', '1988-07-25', 'FEMALE', 'rosalind.fixture@example.com', '217-555-0106', '6 Fixture Way', 'Springfield', 'IL', '62702',
   'Franklin Fixture', '217-555-0126', 'Parent', 'ACTIVE', 'NONE', 'loc_downtown', 'website', '{}', '{}', true, true, 0, '2025-12-21 16:30:00', '2025-12-21 16:30:00'),
  ('pat_dorothy', 'P-000007', 'Dorothy', 'Specimen', '1972-05-12', 'PREFER_NOT_TO_SAY', 'dorothy.specimen@example.com', '217-555-0107', '7 Specimen Place', 'Springfield', 'IL', '62703',
   NULL, NULL, NULL, 'INACTIVE', 'NONE', 'loc_uptown', NULL, '{}', '{}', false, false, 0, '2025-12-21 16:30:00', '2025-12-21 16:30:00'),
  ('pat_edsger', 'P-000008', 'Edsger', 'Fakename', '1981-05-11', 'NON_BINARY', 'edsger.fakename@example.com', '217-555-0108', '8 Fakename Terrace', 'Springfield', 'IL', '62704',
   'Ria Fakename', '217-555-0128', 'Partner', 'ACTIVE', 'SILVER', 'loc_downtown', 'referral', '{lidocaine}', '{}', true, true, 0, '2025-12-21 16:30:00', '2025-12-21 16:30:00');

INSERT INTO "Allergy" ("id", "patientId", "allergen", "reaction", "severity", "updatedAt") VALUES
  ('alg_grace_latex', 'pat_grace', 'Latex', 'Contact dermatitis', 'MODERATE', '2025-12-21 16:30:00'),
  ('alg_marie_penicillin', 'pat_marie', 'Penicillin', 'Hives', 'SEVERE', '2025-12-21 16:30:00'),
  ('alg_edsger_lidocaine', 'pat_edsger', 'Lidocaine', 'Swelling at injection site', 'SEVERE', '2025-12-21 16:30:00'),
  ('alg_edsger_nuts', 'pat_edsger', 'Tree nuts', 'Anaphylaxis', 'LIFE_THREATENING', '2025-12-21 16:30:00'),
  ('alg_rosalind_aspirin', 'pat_rosalind', 'Aspirin', 'Bruising', 'MILD', '2025-12-21 16:30:00');

INSERT INTO "WaitlistEntry" ("id", "patientId", "serviceId", "locationId", "status", "priority", "vipTier", "earliestDate", "latestDate", "preferredTimes", "notes", "updatedAt") VALUES
  ('wl_ada_tox', 'pat_ada', 'svc_neurotoxin', 'loc_downtown', 'WAITING', 'HIGH', 'GOLD', '2025-12-22 00:00:00', '2026-01-10 00:00:00', '{"days": ["tue", "thu"], "from": "12:00", "to": "17:00"}', 'Prefers a lunchtime slot.', '2025-12-21 16:30:00'),
  ('wl_alan_consult', 'pat_alan', 'svc_consult', 'loc_uptown', 'WAITING', 'NORMAL', 'NONE', '2025-12-22 00:00:00', NULL, NULL, NULL, '2025-12-21 16:30:00'),
  ('wl_marie_ipl', 'pat_marie', 'svc_ipl', NULL, 'OFFERED', 'URGENT', 'PLATINUM', '2025-12-22 00:00:00', '2025-12-31 00:00:00', '{"days": ["sat"]}', 'Any location.', '2025-12-21 16:30:00');

INSERT INTO "PatientMessagingProfile" ("id", "patientId", "phoneNumber", "phoneType", "phoneVerified", "email", "preferredChannel", "smsOptIn", "emailOptIn", "marketingOptIn", "timezone", "updatedAt") VALUES
  ('pmp_ada', 'pat_ada', '+12175550101', 'MOBILE', true, 'ada.example@example.com', 'SMS', true, true, true, 'America/Chicago', '2025-12-21 16:30:00'),
  ('pmp_grace', 'pat_grace', '+12175550102', 'MOBILE', true, 'grace.sample@example.com', 'SMS', true, true, true, 'America/Chicago', '2025-12-21 16:30:00'),
  ('pmp_alan', 'pat_alan', '+12175550103', 'LANDLINE', false, 'alan.placeholder@example.com', 'EMAIL', false, true, false, 'America/Chicago', '2025-12-21 16:30:00'),
  ('pmp_marie', 'pat_marie', '+12175550104', 'MOBILE', true, 'marie.testperson@example.com', 'SMS', true, true, true, 'America/Chicago', '2025-12-21 16:30:00'),
  ('pmp_nikola', 'pat_nikola', '+12175550105', 'MOBILE', true, 'nikola.demo@example.com', 'SMS', true, false, false, 'America/Chicago', '2025-12-21 16:30:00'),
  ('pmp_rosalind', 'pat_rosalind', '+12175550106', 'VOIP', false, 'rosalind.fixture@example.com', 'EMAIL', false, true, true, 'America/Chicago', '2025-12-21 16:30:00'),
  ('pmp_dorothy', 'pat_dorothy', '+12175550107', 'UNKNOWN', false, 'dorothy.specimen@example.com', 'EMAIL', false, false, false, NULL, '2025-12-21 16:30:00'),
  ('pmp_edsger', 'pat_edsger', '+12175550108', 'MOBILE', true, 'edsger.fakename@example.com', 'SMS', true, true, true, 'America/Chicago', '2025-12-21 16:30:00');

INSERT INTO "ConsentRecord" ("id", "patientId", "channel", "consentType", "status", "source", "phone", "email", "consentVersion", "grantedAt", "updatedAt") VALUES
  ('con_ada_sms', 'pat_ada', 'SMS', 'APPOINTMENT_REMINDERS', 'GRANTED', 'WEB_FORM', '+12175550101', NULL, '2025-01', '2025-12-21 16:30:00', '2025-12-21 16:30:00'),
  ('con_ada_mkt', 'pat_ada', 'EMAIL', 'MARKETING', 'GRANTED', 'WEB_FORM', NULL, 'ada.example@example.com', '2025-01', '2025-12-21 16:30:00', '2025-12-21 16:30:00'),
  ('con_grace_sms', 'pat_grace', 'SMS', 'APPOINTMENT_REMINDERS', 'GRANTED', 'IN_PERSON', '+12175550102', NULL, '2025-01', '2025-12-21 16:30:00', '2025-12-21 16:30:00'),
  ('con_marie_sms', 'pat_marie', 'SMS', 'APPOINTMENT_REMINDERS', 'GRANTED', 'SMS_KEYWORD', '+12175550104', NULL, '2025-01', '2025-12-21 16:30:00', '2025-12-21 16:30:00'),
  ('con_nikola_sms', 'pat_nikola', 'SMS', 'TRANSACTIONAL', 'GRANTED', 'PHONE', '+12175550105', NULL, '2025-01', '2025-12-21 16:30:00', '2025-12-21 16:30:00'),
  ('con_edsger_sms', 'pat_edsger', 'SMS', 'APPOINTMENT_REMINDERS', 'REVOKED', 'SMS_KEYWORD', '+12175550108', NULL, '2025-01', '2025-12-21 16:30:00', '2025-12-21 16:30:00');

INSERT INTO "ConsentAuditLog" ("id", "consentRecordId", "patientId", "action", "channel", "consentType", "previousStatus", "newStatus", "source", "details", "createdAt") VALUES
  ('cal_ada_sms', 'con_ada_sms', 'pat_ada', 'GRANTED', 'SMS', 'APPOINTMENT_REMINDERS', NULL, 'GRANTED', 'WEB_FORM', '{"form": "new-patient-intake"}', '2025-12-21 16:30:00'),
  ('cal_ada_mkt', 'con_ada_mkt', 'pat_ada', 'GRANTED', 'EMAIL', 'MARKETING', NULL, 'GRANTED', 'WEB_FORM', '{"form": "new-patient-intake"}', '2025-12-21 16:30:00'),
  ('cal_grace_sms', 'con_grace_sms', 'pat_grace', 'GRANTED', 'SMS', 'APPOINTMENT_REMINDERS', NULL, 'GRANTED', 'IN_PERSON', NULL, '2025-12-21 16:30:00'),
  ('cal_marie_sms', 'con_marie_sms', 'pat_marie', 'GRANTED', 'SMS', 'APPOINTMENT_REMINDERS', NULL, 'GRANTED', 'SMS_KEYWORD', '{"keyword": "JOIN"}', '2025-12-21 16:30:00'),
  ('cal_nikola_sms', 'con_nikola_sms', 'pat_nikola', 'GRANTED', 'SMS', 'TRANSACTIONAL', NULL, 'GRANTED', 'PHONE', NULL, '2025-12-21 16:30:00'),
  ('cal_edsger_sms', 'con_edsger_sms', 'pat_edsger', 'GRANTED', 'SMS', 'APPOINTMENT_REMINDERS', NULL, 'GRANTED', 'WEB_FORM', NULL, '2025-12-21 16:30:00'),
  ('cal_edsger_stop', 'con_edsger_sms', 'pat_edsger', 'REVOKED', 'SMS', 'APPOINTMENT_REMINDERS', 'GRANTED', 'REVOKED', 'SMS_KEYWORD', '{"keyword": "STOP"}', '2025-12-21 18:05:00');

-- ---------------------------------------------------------------------------
-- Forms
-- ---------------------------------------------------------------------------

INSERT INTO "FormTemplate" ("id", "name", "slug", "description", "type", "fields", "serviceIds", "isRequired", "requiresSignature", "expiresAfterDays", "updatedAt") VALUES
  ('form_intake', 'New Patient Intake', 'new-patient-intake', 'Contact details, goals and how the patient heard of us.', 'INTAKE',
   '[{"id": "goals", "type": "textarea", "label": "What would you like to improve?"}, {"id": "referral", "type": "select", "label": "How did you hear about us?", "options": ["Friend", "Search", "Social", "Event"]}]',
   '{}', true, false, NULL, '2025-12-21 16:30:00'),
  ('form_history', 'Medical History', 'medical-history', 'Conditions, medications and allergies.', 'MEDICAL_HISTORY',
   '[{"id": "conditions", "type": "checkboxes", "label": "Conditions", "options": ["Diabetes", "Autoimmune disorder", "Keloid scarring", "None"]}, {"id": "medications", "type": "textarea", "label": "Current medications"}]',
   '{}', true, true, 365, '2025-12-21 16:30:00'),
  ('form_tox_consent', 'Injectables Consent', 'injectables-consent', 'Risks and aftercare for neurotoxin and filler.', 'CONSENT',
   '[{"id": "risks", "type": "acknowledge", "label": "I understand the risks of bruising, swelling and asymmetry."}, {"id": "photos", "type": "boolean", "label": "I consent to clinical photos."}]',
   '{svc_neurotoxin,svc_filler_lips,svc_filler_cheek}', true, true, 365, '2025-12-21 16:30:00'),
  ('form_hipaa', 'HIPAA Acknowledgment', 'hipaa-acknowledgment', 'Notice of privacy practices.', 'HIPAA',
   '[{"id": "ack", "type": "acknowledge", "label": "I received the notice of privacy practices."}]',
   '{}', true, true, NULL, '2025-12-21 16:30:00');

INSERT INTO "PatientFormAssignment" ("id", "patientId", "formId", "status", "dueDate", "assignedAt", "completedAt", "remindersSent", "updatedAt") VALUES
  ('pfa_ada_intake', 'pat_ada', 'form_intake', 'COMPLETED', '2025-12-28 00:00:00', '2025-12-21 16:30:00', '2025-12-21 17:10:00', 0, '2025-12-21 17:10:00'),
  ('pfa_ada_tox', 'pat_ada', 'form_tox_consent', 'COMPLETED', '2025-12-28 00:00:00', '2025-12-21 16:30:00', '2025-12-21 17:12:00', 0, '2025-12-21 17:12:00'),
  ('pfa_grace_intake', 'pat_grace', 'form_intake', 'VIEWED', '2025-12-28 00:00:00', '2025-12-21 16:30:00', NULL, 1, '2025-12-21 16:30:00'),
  ('pfa_grace_history', 'pat_grace', 'form_history', 'SENT', '2025-12-28 00:00:00', '2025-12-21 16:30:00', NULL, 1, '2025-12-21 16:30:00'),
  ('pfa_alan_hipaa', 'pat_alan', 'form_hipaa', 'PENDING', '2026-01-04 00:00:00', '2025-12-21 16:30:00', NULL, 0, '2025-12-21 16:30:00'),
  ('pfa_marie_history', 'pat_marie', 'form_history', 'COMPLETED', '2025-12-28 00:00:00', '2025-12-21 16:30:00', '2025-12-21 16:55:00', 0, '2025-12-21 16:55:00'),
  ('pfa_nikola_intake', 'pat_nikola', 'form_intake', 'EXPIRED', '2025-12-14 00:00:00', '2025-12-07 09:00:00', NULL, 3, '2025-12-21 16:30:00'),
  ('pfa_edsger_tox', 'pat_edsger', 'form_tox_consent', 'CANCELLED', '2025-12-28 00:00:00', '2025-12-21 16:30:00', NULL, 0, '2025-12-21 16:30:00');

-- ---------------------------------------------------------------------------
-- Packages, memberships and gift cards
-- ---------------------------------------------------------------------------

INSERT INTO "Package" ("id", "name", "description", "serviceId", "items", "totalSessions", "price", "regularPrice", "validityDays", "displayOrder", "updatedAt") VALUES
  ('pkg_hydra6', 'Hydrating Facial Series (6)', 'Six facials, one a month.', 'svc_hydrafacial', '[{"serviceId": "svc_hydrafacial", "sessions": 6}]', 6, 995.00, 1194.00, 365, 1, '2025-12-21 16:30:00'),
  ('pkg_peel3', 'Chemical Peel Series (3)', 'Three peels four weeks apart.', 'svc_peel', '[{"serviceId": "svc_peel", "sessions": 3}]', 3, 450.00, 525.00, 180, 2, '2025-12-21 16:30:00'),
  ('pkg_micro3', 'Microneedling Trio', 'Three microneedling sessions.', 'svc_microneedling', '[{"serviceId": "svc_microneedling", "sessions": 3}]', 3, 825.00, 975.00, 180, 3, '2025-12-21 16:30:00'),
  ('pkg_lhr6', 'Laser Hair Removal (6 sessions)', 'Six sessions on one small area.', 'svc_laser_hair', '[{"serviceId": "svc_laser_hair", "sessions": 6}]', 6, 600.00, 750.00, 540, 4, '2025-12-21 16:30:00'),
  ('pkg_ipl3', 'IPL Photofacial Series (3)', 'Three IPL sessions.', 'svc_ipl', '[{"serviceId": "svc_ipl", "sessions": 3}]', 3, 1050.00, 1200.00, 365, 5, '2025-12-21 16:30:00'),
  ('pkg_glow', 'Glow Bundle', 'Two facials and one peel.', NULL, '[{"serviceId": "svc_hydrafacial", "sessions": 2}, {"serviceId": "svc_peel", "sessions": 1}]', 3, 499.00, 573.00, 120, 6, '2025-12-21 16:30:00');

INSERT INTO "MembershipTier" ("id", "name", "level", "description", "billingCycle", "price", "setupFee", "discountPercent", "monthlyCredits", "benefits", "minimumTermMonths", "displayOrder", "updatedAt") VALUES
  ('tier_essential', 'Essential', 'BASIC', 'Member pricing on retail.', 'MONTHLY', 49.00, NULL, 5.00, NULL, '{"retailDiscount": 5}', NULL, 1, '2025-12-21 16:30:00'),
  ('tier_silver', 'Silver', 'SILVER', 'One facial a month.', 'MONTHLY', 149.00, NULL, 10.00, 149.00, '{"monthlyFacial": true, "serviceDiscount": 10}', 6, 2, '2025-12-21 16:30:00'),
  ('tier_gold', 'Gold', 'GOLD', 'Facial or 20 units a month.', 'MONTHLY', 249.00, 50.00, 15.00, 249.00, '{"monthlyFacial": true, "neurotoxinUnits": 20, "serviceDiscount": 15}', 12, 3, '2025-12-21 16:30:00'),
  ('tier_platinum', 'Platinum', 'PLATINUM', 'Quarterly filler credit and priority booking.', 'QUARTERLY', 1200.00, 100.00, 20.00, 400.00, '{"priorityBooking": true, "fillerCredit": 1, "serviceDiscount": 20}', 12, 4, '2025-12-21 16:30:00');

INSERT INTO "PackagePurchase" ("id", "packageId", "patientId", "status", "purchaseDate", "expirationDate", "pricePaid", "sessionsTotal", "sessionsUsed", "sessionLog", "updatedAt") VALUES
  ('pp_grace_hydra', 'pkg_hydra6', 'pat_grace', 'ACTIVE', '2025-12-21 16:30:00', '2026-12-21 00:00:00', 995.00, 6, 1, '[{"date": "2025-12-21", "session": 1}]', '2025-12-21 16:30:00'),
  ('pp_nikola_lhr', 'pkg_lhr6', 'pat_nikola', 'ACTIVE', '2025-12-21 16:30:00', '2027-06-14 00:00:00', 600.00, 6, 0, NULL, '2025-12-21 16:30:00'),
  ('pp_rosalind_glow', 'pkg_glow', 'pat_rosalind', 'ACTIVE', '2025-12-21 16:30:00', '2026-04-20 00:00:00', 499.00, 3, 0, NULL, '2025-12-21 16:30:00');

INSERT INTO "PatientMembership" ("id", "patientId", "tierId", "status", "billingCycle", "startDate", "currentPeriodStart", "currentPeriodEnd", "nextBillingDate", "creditsRemaining", "updatedAt") VALUES
  ('pm_ada_gold', 'pat_ada', 'tier_gold', 'ACTIVE', 'MONTHLY', '2025-12-21 00:00:00', '2025-12-21 00:00:00', '2026-01-21 00:00:00', '2026-01-21 00:00:00', 249.00, '2025-12-21 16:30:00'),
  ('pm_marie_platinum', 'pat_marie', 'tier_platinum', 'ACTIVE', 'QUARTERLY', '2025-12-21 00:00:00', '2025-12-21 00:00:00', '2026-03-21 00:00:00', '2026-03-21 00:00:00', 400.00, '2025-12-21 16:30:00'),
  ('pm_edsger_silver', 'pat_edsger', 'tier_silver', 'PAUSED', 'MONTHLY', '2025-12-21 00:00:00', '2025-12-21 00:00:00', '2026-01-21 00:00:00', NULL, 149.00, '2025-12-21 16:30:00');

INSERT INTO "GiftCard" ("id", "code", "initialAmount", "currentBalance", "status", "purchaserPatientId", "purchaserName", "purchaserEmail", "recipientPatientId", "recipientName", "recipientEmail", "message", "purchasedAt", "expiresAt", "updatedAt") VALUES
  ('gc_0001', 'GC-EXAMPLE-0001', 250.00, 250.00, 'ACTIVE', 'pat_ada', 'Ada Example', 'ada.example@example.com', 'pat_grace', 'Grace Sample', 'grace.sample@example.com', 'Happy birthday!', '2025-12-21 16:30:00', '2026-12-21 00:00:00', '2025-12-21 16:30:00'),
  ('gc_0002', 'GC-EXAMPLE-0002', 100.00, 40.00, 'PARTIALLY_REDEEMED', NULL, 'Sam Sample', 'sam.sample@example.com', 'pat_nikola', 'Nikola Demo', 'nikola.demo@example.com', NULL, '2025-12-21 16:30:00', '2026-12-21 00:00:00', '2025-12-21 16:30:00');

INSERT INTO "GiftCardTransaction" ("id", "giftCardId", "type", "amount", "balanceBefore", "balanceAfter", "notes", "createdAt") VALUES
  ('gct_0001_purchase', 'gc_0001', 'PURCHASE', 250.00, 0.00, 250.00, 'Sold at the front desk', '2025-12-21 16:30:00'),
  ('gct_0002_purchase', 'gc_0002', 'PURCHASE', 100.00, 0.00, 100.00, 'Sold online', '2025-12-21 16:30:00'),
  ('gct_0002_redeem', 'gc_0002', 'REDEMPTION', 60.00, 100.00, 40.00, 'Applied to a laser hair removal session', '2025-12-21 17:00:00');

-- ---------------------------------------------------------------------------
-- Message templates
-- ---------------------------------------------------------------------------

INSERT INTO "MessageTemplate" ("id", "name", "slug", "category", "channel", "subject", "body", "variables", "isSystem", "updatedAt") VALUES
  ('tpl_confirmation', 'Appointment confirmation', 'appointment-confirmation', 'APPOINTMENT', 'BOTH', 'Your appointment is booked',
   'Hi {{firstName}}, your {{serviceName}} is booked for {{date}} at {{time}}. Reply C to confirm.', '{firstName,serviceName,date,time}', true, '2025-12-21 16:30:00'),
  ('tpl_reminder_24h', '24-hour reminder', 'reminder-24h', 'REMINDER', 'SMS', NULL,
   'Reminder: {{serviceName}} tomorrow at {{time}}. Reply C to confirm or R to reschedule.', '{serviceName,time}', true, '2025-12-21 16:30:00'),
  ('tpl_aftercare', 'Injectables aftercare', 'injectables-aftercare', 'TREATMENT', 'EMAIL', 'Your aftercare instructions',
   'Hi {{firstName}}, avoid lying down for four hours and skip exercise until tomorrow.', '{firstName}', false, '2025-12-21 16:30:00'),
  ('tpl_follow_up', 'Two-week follow-up', 'two-week-follow-up', 'TREATMENT', 'SMS', NULL,
   'Hi {{firstName}}, how are your results? Book your touch-up: {{bookingLink}}', '{firstName,bookingLink}', false, '2025-12-21 16:30:00'),
  ('tpl_invoice', 'Invoice ready', 'invoice-ready', 'BILLING', 'EMAIL', 'Invoice {{invoiceNumber}}',
   'Your invoice {{invoiceNumber}} for {{total}} is ready: {{invoiceLink}}', '{invoiceNumber,total,invoiceLink}', true, '2025-12-21 16:30:00'),
  ('tpl_winter_promo', 'Winter glow promotion', 'winter-glow-promotion', 'MARKETING', 'EMAIL', 'Winter glow: 15% off facials',
   'Hi {{firstName}}, book any facial before February and save 15%. Reply STOP to opt out.', '{firstName}', false, '2025-12-21 16:30:00');
