-- Seed data for the medical-spa example.
-- Every person, address, phone number and email here is invented: phone numbers
-- use the fictional 555-01xx range, emails use example.com, IPs use 192.0.2.0/24.
-- Apply on top of the migrations:  psql -v ON_ERROR_STOP=1 -f seed.sql
-- Rows whose id comes from a sequence (autoincrement) leave the id out.

BEGIN;

-- Locations
INSERT INTO "Location" ("id", "name", "slug", "status", "phone", "email", "addressLine1", "addressLine2", "city", "region", "postalCode", "country", "timezone", "settings", "createdAt", "updatedAt") VALUES
  ('loc_downtown', 'Example Aesthetics Downtown', 'downtown', 'ACTIVE', '(555) 555-0101', 'downtown@example.com', '100 Sample Avenue', 'Suite 200', 'Exampleville', 'NY', '00001', 'US', 'America/New_York', '{"onlineBooking": true, "cancellationWindowHours": 24, "depositPolicy": "laser-and-body"}', '2024-01-15 09:30:00', '2024-06-01 12:00:00'),
  ('loc_riverside', 'Example Aesthetics Riverside', 'riverside', 'ACTIVE', '(555) 555-0102', 'riverside@example.com', '250 Placeholder Road', NULL, 'Exampleville', 'NY', '00002', 'US', 'America/New_York', '{"onlineBooking": true, "cancellationWindowHours": 24, "depositPolicy": "laser-and-body"}', '2024-01-15 09:30:00', '2024-06-01 12:00:00'),
  ('loc_northgate', 'Example Aesthetics Northgate', 'northgate', 'COMING_SOON', '(555) 555-0103', 'northgate@example.com', '7 Fictional Plaza', NULL, 'Testburg', 'NJ', '00003', 'US', 'America/New_York', '{"onlineBooking": false, "cancellationWindowHours": 24, "depositPolicy": "laser-and-body"}', '2024-01-15 09:30:00', '2024-06-01 12:00:00');

-- Business hours (Northgate has not opened yet)
INSERT INTO "business_hours" ("location_id", "weekday", "opens_at", "closes_at", "is_closed") VALUES
  ('loc_downtown', 'MONDAY', '09:00', '18:00', false),
  ('loc_downtown', 'TUESDAY', '09:00', '18:00', false),
  ('loc_downtown', 'WEDNESDAY', '09:00', '18:00', false),
  ('loc_downtown', 'THURSDAY', '09:00', '19:00', false),
  ('loc_downtown', 'FRIDAY', '09:00', '18:00', false),
  ('loc_downtown', 'SATURDAY', '10:00', '16:00', false),
  ('loc_downtown', 'SUNDAY', '00:00', '00:00', true),
  ('loc_riverside', 'MONDAY', '09:00', '18:00', false),
  ('loc_riverside', 'TUESDAY', '09:00', '18:00', false),
  ('loc_riverside', 'WEDNESDAY', '09:00', '18:00', false),
  ('loc_riverside', 'THURSDAY', '09:00', '19:00', false),
  ('loc_riverside', 'FRIDAY', '09:00', '18:00', false),
  ('loc_riverside', 'SATURDAY', '10:00', '16:00', false),
  ('loc_riverside', 'SUNDAY', '00:00', '00:00', true),
  ('loc_northgate', 'MONDAY', '00:00', '00:00', true),
  ('loc_northgate', 'TUESDAY', '00:00', '00:00', true),
  ('loc_northgate', 'WEDNESDAY', '00:00', '00:00', true),
  ('loc_northgate', 'THURSDAY', '00:00', '00:00', true),
  ('loc_northgate', 'FRIDAY', '00:00', '00:00', true),
  ('loc_northgate', 'SATURDAY', '00:00', '00:00', true),
  ('loc_northgate', 'SUNDAY', '00:00', '00:00', true);

-- Rooms
INSERT INTO "Room" ("id", "locationId", "name", "type", "capacity", "isActive") VALUES
  ('room_dt_tr1', 'loc_downtown', 'Treatment 1', 'TREATMENT', 1, true),
  ('room_dt_inj', 'loc_downtown', 'Injection Suite', 'INJECTION', 1, true),
  ('room_dt_laser', 'loc_downtown', 'Laser Room', 'LASER', 1, true),
  ('room_dt_consult', 'loc_downtown', 'Consult Room', 'CONSULTATION', 2, true),
  ('room_rs_tra', 'loc_riverside', 'Treatment A', 'TREATMENT', 1, true),
  ('room_rs_laser', 'loc_riverside', 'Laser Bay', 'LASER', 1, true),
  ('room_rs_consult', 'loc_riverside', 'Consult', 'CONSULTATION', 2, true),
  ('room_ng_suite1', 'loc_northgate', 'Suite 1', 'TREATMENT', 1, false);

-- Equipment and other bookable resources
INSERT INTO "Resource" ("id", "locationId", "roomId", "name", "type", "status", "serialNumber", "lastServicedOn") VALUES
  ('res_dt_co2', 'loc_downtown', 'room_dt_laser', 'Fractional CO2 laser', 'LASER', 'AVAILABLE', 'SN-TEST-0001', '2024-05-20'),
  ('res_dt_ipl', 'loc_downtown', 'room_dt_laser', 'IPL platform', 'IPL', 'AVAILABLE', 'SN-TEST-0002', '2024-05-20'),
  ('res_dt_mn', 'loc_downtown', 'room_dt_tr1', 'RF microneedling handpiece', 'MICRONEEDLING', 'AVAILABLE', 'SN-TEST-0003', '2024-04-02'),
  ('res_dt_hydra', 'loc_downtown', 'room_dt_tr1', 'Hydrating facial system', 'HYDRAFACIAL', 'AVAILABLE', 'SN-TEST-0004', NULL),
  ('res_dt_chair', 'loc_downtown', 'room_dt_inj', 'Power treatment chair', 'TREATMENT_CHAIR', 'AVAILABLE', NULL, NULL),
  ('res_rs_diode', 'loc_riverside', 'room_rs_laser', 'Diode hair-removal laser', 'LASER', 'AVAILABLE', 'SN-TEST-0005', '2024-06-11'),
  ('res_rs_cryo', 'loc_riverside', 'room_rs_tra', 'Cryolipolysis applicator unit', 'CRYOLIPOLYSIS', 'AVAILABLE', 'SN-TEST-0006', '2024-03-18'),
  ('res_rs_rf', 'loc_riverside', NULL, 'RF skin-tightening device', 'RF_DEVICE', 'IN_MAINTENANCE', 'SN-TEST-0007', '2023-11-30'),
  ('res_ng_chair', 'loc_northgate', 'room_ng_suite1', 'Treatment chair', 'TREATMENT_CHAIR', 'AVAILABLE', NULL, NULL);

-- Staff roles
INSERT INTO "StaffRole" ("id", "name", "description", "permissions", "isClinical", "createdAt") VALUES
  ('role_director', 'Medical Director', 'Oversees clinical protocols and signs off on charts', '{charts:sign,charts:read,patients:write,reports:read,staff:read}', true, '2024-01-15 09:30:00'),
  ('role_injector', 'Nurse Injector', 'Performs neurotoxin and filler treatments', '{charts:write,charts:read,patients:write,inventory:use}', true, '2024-01-15 09:30:00'),
  ('role_esthetician', 'Esthetician', 'Facials, peels and skin treatments', '{charts:write,charts:read,patients:read}', true, '2024-01-15 09:30:00'),
  ('role_laser', 'Laser Technician', 'Laser and light-based treatments', '{charts:write,charts:read,patients:read}', true, '2024-01-15 09:30:00'),
  ('role_frontdesk', 'Front Desk', 'Scheduling, check-in and payments', '{appointments:write,patients:write,payments:write}', false, '2024-01-15 09:30:00'),
  ('role_manager', 'Clinic Manager', 'Operations, staffing and reporting', '{appointments:write,payments:write,refunds:write,reports:read,staff:write,campaigns:write}', false, '2024-01-15 09:30:00');

-- Staff (all names are invented)
INSERT INTO "Staff" ("id", "email", "firstName", "lastName", "displayName", "phone", "credential", "licenseNumber", "licenseState", "licenseExpiresOn", "npi", "status", "employmentType", "hiredOn", "bio", "calendarColor", "roleId", "primaryLocationId", "createdAt", "updatedAt") VALUES
  ('stf_01', 'morgan.sampledoc@example.com', 'Morgan', 'Sampledoc', 'Morgan Sampledoc, MD', '(555) 555-0104', 'MD', 'TEST-MD-0001', 'NY', '2026-06-30', '9990000001', 'ACTIVE', 'FULL_TIME', '2020-01-15', 'Placeholder bio for the demo data set.', '#6B5B95', 'role_director', 'loc_downtown', '2024-01-15 09:30:00', '2024-07-01 08:00:00'),
  ('stf_02', 'jordan.teststaff@example.com', 'Jordan', 'Teststaff', 'Jordan Teststaff, NP', '(555) 555-0105', 'NP', 'TEST-NP-0002', 'NY', '2026-06-30', '9990000002', 'ACTIVE', 'FULL_TIME', '2021-02-15', NULL, '#88B04B', 'role_injector', 'loc_downtown', '2024-01-15 09:30:00', '2024-07-01 08:00:00'),
  ('stf_03', 'riley.placeholder@example.com', 'Riley', 'Placeholder', 'Riley Placeholder, RN', '(555) 555-0106', 'RN', 'TEST-RN-0003', 'NY', '2026-06-30', NULL, 'ACTIVE', 'FULL_TIME', '2022-03-15', NULL, '#F7CAC9', 'role_injector', 'loc_riverside', '2024-01-15 09:30:00', '2024-07-01 08:00:00'),
  ('stf_04', 'casey.exampleton@example.com', 'Casey', 'Exampleton', 'Casey Exampleton, PA', '(555) 555-0107', 'PA', 'TEST-PA-0004', 'NY', '2026-06-30', '9990000004', 'ACTIVE', 'PART_TIME', '2023-04-15', 'Placeholder bio for the demo data set.', '#92A8D1', 'role_injector', 'loc_riverside', '2024-01-15 09:30:00', '2024-07-01 08:00:00'),
  ('stf_05', 'quinn.demoworth@example.com', 'Quinn', 'Demoworth', NULL, '(555) 555-0108', 'ESTHETICIAN', 'TEST-EST-0005', 'NY', '2026-06-30', NULL, 'ACTIVE', 'FULL_TIME', '2020-05-15', NULL, '#955251', 'role_esthetician', 'loc_downtown', '2024-01-15 09:30:00', '2024-07-01 08:00:00'),
  ('stf_06', 'skyler.mockford@example.com', 'Skyler', 'Mockford', NULL, '(555) 555-0109', 'ESTHETICIAN', 'TEST-EST-0006', 'NY', '2026-06-30', NULL, 'ACTIVE', 'PART_TIME', '2021-06-15', NULL, '#B565A7', 'role_esthetician', 'loc_riverside', '2024-01-15 09:30:00', '2024-07-01 08:00:00'),
  ('stf_07', 'rowan.fakely@example.com', 'Rowan', 'Fakely', NULL, '(555) 555-0110', 'LASER_TECHNICIAN', 'TEST-LAS-0007', 'NY', '2026-06-30', NULL, 'ACTIVE', 'FULL_TIME', '2022-07-15', 'Placeholder bio for the demo data set.', '#009B77', 'role_laser', 'loc_downtown', '2024-01-15 09:30:00', '2024-07-01 08:00:00'),
  ('stf_08', 'parker.samplewood@example.com', 'Parker', 'Samplewood', NULL, '(555) 555-0111', 'LASER_TECHNICIAN', 'TEST-LAS-0008', 'NY', '2026-06-30', NULL, 'ACTIVE', 'CONTRACTOR', '2023-08-15', NULL, '#DD4124', 'role_laser', 'loc_riverside', '2024-01-15 09:30:00', '2024-07-01 08:00:00'),
  ('stf_09', 'drew.frontdesk@example.com', 'Drew', 'Frontdesk', NULL, '(555) 555-0112', 'FRONT_DESK', NULL, NULL, NULL, NULL, 'ACTIVE', 'FULL_TIME', '2020-09-15', NULL, '#45B8AC', 'role_frontdesk', 'loc_downtown', '2024-01-15 09:30:00', '2024-07-01 08:00:00'),
  ('stf_10', 'emerson.testdesk@example.com', 'Emerson', 'Testdesk', NULL, '(555) 555-0113', 'FRONT_DESK', NULL, NULL, NULL, NULL, 'ACTIVE', 'PART_TIME', '2021-01-15', 'Placeholder bio for the demo data set.', '#EFC050', 'role_frontdesk', 'loc_riverside', '2024-01-15 09:30:00', '2024-07-01 08:00:00'),
  ('stf_11', 'harper.managerly@example.com', 'Harper', 'Managerly', NULL, '(555) 555-0114', 'MANAGER', NULL, NULL, NULL, NULL, 'ACTIVE', 'FULL_TIME', '2022-02-15', NULL, '#5B5EA6', 'role_manager', 'loc_downtown', '2024-01-15 09:30:00', '2024-07-01 08:00:00'),
  ('stf_12', 'kendall.leaveson@example.com', 'Kendall', 'Leaveson', 'Kendall Leaveson, RN', '(555) 555-0115', 'RN', 'TEST-RN-0012', 'NY', '2026-06-30', NULL, 'ON_LEAVE', 'FULL_TIME', '2023-03-15', NULL, '#9B2335', 'role_injector', 'loc_northgate', '2024-01-15 09:30:00', '2024-07-01 08:00:00');

-- Recurring weekly schedules
INSERT INTO "StaffSchedule" ("id", "staffId", "locationId", "weekday", "startTime", "endTime", "effectiveFrom", "effectiveTo") VALUES
  ('sch_001', 'stf_01', 'loc_downtown', 'MONDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_002', 'stf_01', 'loc_downtown', 'TUESDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_003', 'stf_01', 'loc_downtown', 'WEDNESDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_004', 'stf_01', 'loc_downtown', 'THURSDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_005', 'stf_01', 'loc_downtown', 'FRIDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_006', 'stf_02', 'loc_downtown', 'MONDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_007', 'stf_02', 'loc_downtown', 'TUESDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_008', 'stf_02', 'loc_downtown', 'WEDNESDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_009', 'stf_02', 'loc_downtown', 'THURSDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_010', 'stf_02', 'loc_downtown', 'FRIDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_011', 'stf_03', 'loc_riverside', 'MONDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_012', 'stf_03', 'loc_riverside', 'TUESDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_013', 'stf_03', 'loc_riverside', 'WEDNESDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_014', 'stf_03', 'loc_riverside', 'THURSDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_015', 'stf_03', 'loc_riverside', 'FRIDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_016', 'stf_04', 'loc_riverside', 'TUESDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_017', 'stf_04', 'loc_riverside', 'THURSDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_018', 'stf_04', 'loc_riverside', 'SATURDAY', '10:00', '16:00', '2024-01-15', NULL),
  ('sch_019', 'stf_05', 'loc_downtown', 'MONDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_020', 'stf_05', 'loc_downtown', 'TUESDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_021', 'stf_05', 'loc_downtown', 'WEDNESDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_022', 'stf_05', 'loc_downtown', 'THURSDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_023', 'stf_05', 'loc_downtown', 'FRIDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_024', 'stf_06', 'loc_riverside', 'TUESDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_025', 'stf_06', 'loc_riverside', 'THURSDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_026', 'stf_06', 'loc_riverside', 'SATURDAY', '10:00', '16:00', '2024-01-15', NULL),
  ('sch_027', 'stf_07', 'loc_downtown', 'MONDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_028', 'stf_07', 'loc_downtown', 'TUESDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_029', 'stf_07', 'loc_downtown', 'WEDNESDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_030', 'stf_07', 'loc_downtown', 'THURSDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_031', 'stf_07', 'loc_downtown', 'FRIDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_032', 'stf_08', 'loc_riverside', 'WEDNESDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_033', 'stf_08', 'loc_riverside', 'FRIDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_034', 'stf_09', 'loc_downtown', 'MONDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_035', 'stf_09', 'loc_downtown', 'TUESDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_036', 'stf_09', 'loc_downtown', 'WEDNESDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_037', 'stf_09', 'loc_downtown', 'THURSDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_038', 'stf_09', 'loc_downtown', 'FRIDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_039', 'stf_10', 'loc_riverside', 'TUESDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_040', 'stf_10', 'loc_riverside', 'THURSDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_041', 'stf_10', 'loc_riverside', 'SATURDAY', '10:00', '16:00', '2024-01-15', NULL),
  ('sch_042', 'stf_11', 'loc_downtown', 'MONDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_043', 'stf_11', 'loc_downtown', 'TUESDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_044', 'stf_11', 'loc_downtown', 'WEDNESDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_045', 'stf_11', 'loc_downtown', 'THURSDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_046', 'stf_11', 'loc_downtown', 'FRIDAY', '09:00', '17:30', '2024-01-15', NULL),
  ('sch_047', 'stf_01', 'loc_riverside', 'SATURDAY', '10:00', '14:00', '2024-03-02', '2024-12-31');

-- Time off
INSERT INTO "time_off" ("id", "staffId", "approvedById", "type", "status", "startsAt", "endsAt", "reason", "createdAt") VALUES
  ('to_01', 'stf_02', 'stf_11', 'VACATION', 'APPROVED', '2024-08-12 00:00:00-04', '2024-08-16 23:59:00-04', 'Family trip', '2024-06-20 10:00:00'),
  ('to_02', 'stf_05', 'stf_11', 'CONTINUING_EDUCATION', 'APPROVED', '2024-09-20 00:00:00-04', '2024-09-20 23:59:00-04', 'Advanced peel workshop', '2024-06-20 10:00:00'),
  ('to_03', 'stf_03', NULL, 'PERSONAL', 'REQUESTED', '2024-10-28 00:00:00-04', '2024-10-29 23:59:00-04', NULL, '2024-06-20 10:00:00'),
  ('to_04', 'stf_08', 'stf_11', 'SICK', 'APPROVED', '2024-07-08 00:00:00-04', '2024-07-09 23:59:00-04', NULL, '2024-07-08 07:30:00'),
  ('to_05', 'stf_06', 'stf_11', 'VACATION', 'DENIED', '2024-11-25 00:00:00-05', '2024-11-29 23:59:00-05', 'Holiday week; coverage unavailable', '2024-06-20 10:00:00'),
  ('to_06', 'stf_12', 'stf_11', 'UNPAID', 'APPROVED', '2024-07-01 00:00:00-04', '2024-12-31 23:59:00-05', 'Extended leave', '2024-06-20 10:00:00');

-- Patients (fictional; chart_number comes from its sequence)
INSERT INTO "patients" ("id", "first_name", "last_name", "preferred_name", "pronouns", "email", "phone", "date_of_birth", "gender", "status", "preferred_contact", "fitzpatrick_type", "address_line1", "address_line2", "city", "region", "postal_code", "country", "occupation", "tags", "preferences", "referral_source", "referred_by_id", "home_location_id", "sms_consent", "email_consent", "is_vip", "notes", "created_at", "updated_at", "deleted_at") VALUES
  ('pat_01', 'Avery', 'Testpatient', 'Ave', NULL, 'avery.testpatient@example.com', '(555) 555-0116', '1968-01-01', 'FEMALE', 'ACTIVE', 'EMAIL', NULL, NULL, NULL, NULL, NULL, NULL, 'US', NULL, '{vip}', '{"reminders": ["email"], "language": "en", "numbingCream": true}', 'SEARCH_ENGINE', NULL, 'loc_downtown', true, true, true, NULL, '2024-01-10 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_02', 'Blake', 'Samplecase', NULL, 'she/her', 'blake.samplecase@example.com', '(555) 555-0117', '1975-06-12', 'FEMALE', 'ACTIVE', 'SMS', 'TYPE_II', '13 Example Lane', 'Apt 2', 'Exampleville', 'NY', '00002', 'US', 'Teacher', '{neurotoxin-regular}', '{"reminders": ["sms"], "language": "en", "numbingCream": false}', 'SOCIAL_MEDIA', NULL, 'loc_downtown', true, true, false, NULL, '2024-02-11 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_03', 'Cameron', 'Democlient', NULL, 'he/him', 'cameron.democlient@example.com', '(555) 555-0118', '1982-11-23', 'MALE', 'ACTIVE', 'SMS', 'TYPE_III', '16 Example Lane', NULL, 'Exampleville', 'NY', '00003', 'US', 'Software tester', '{laser-series}', '{"reminders": ["email"], "language": "en", "numbingCream": false}', 'WALK_IN', NULL, 'loc_riverside', false, true, false, 'Prefers afternoon appointments.', '2024-03-12 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_04', 'Dakota', 'Exampleby', NULL, 'they/them', 'dakota.exampleby@example.com', '(555) 555-0119', '1989-04-06', 'NON_BINARY', 'ACTIVE', 'PHONE', 'TYPE_IV', '19 Example Lane', NULL, 'Exampleville', 'NY', '00001', 'US', 'Chef', '{new-patient}', '{"reminders": ["sms"], "language": "en", "numbingCream": true}', 'PATIENT_REFERRAL', 'pat_01', 'loc_downtown', true, false, false, NULL, '2024-04-13 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_05', 'Elliot', 'Placeholder', NULL, NULL, 'elliot.placeholder@example.com', '(555) 555-0120', '1996-09-17', 'FEMALE', 'ACTIVE', 'EMAIL', 'TYPE_V', NULL, NULL, NULL, NULL, NULL, 'US', 'Nurse', '{membership-prospect}', NULL, 'OTHER', NULL, 'loc_downtown', false, true, false, NULL, '2024-05-14 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_06', 'Finley', 'Mockingham', NULL, 'she/her', 'finley.mockingham@example.com', '(555) 555-0121', '1970-02-28', 'UNDISCLOSED', 'ACTIVE', 'EMAIL', NULL, '25 Example Lane', NULL, 'Exampleville', 'NY', '00003', 'US', 'Accountant', '{vip,neurotoxin-regular}', '{"reminders": ["sms"], "language": "en", "numbingCream": false}', NULL, NULL, 'loc_riverside', true, true, true, NULL, '2024-06-15 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_07', 'Gray', 'Testpatient', NULL, 'he/him', 'gray.testpatient@example.com', '(555) 555-0122', '1977-07-11', 'MALE', 'ACTIVE', 'SMS', 'TYPE_I', '28 Example Lane', NULL, 'Exampleville', 'NY', '00001', 'US', NULL, '{}', '{"reminders": ["email"], "language": "en", "numbingCream": true}', 'SOCIAL_MEDIA', NULL, 'loc_downtown', false, true, false, NULL, '2024-01-16 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_08', 'Hayden', 'Samplecase', 'Hay', 'they/them', 'hayden.samplecase@example.com', '(555) 555-0123', '1984-12-22', 'FEMALE', 'ACTIVE', 'SMS', 'TYPE_II', '31 Example Lane', 'Apt 8', 'Exampleville', 'NY', '00002', 'US', 'Teacher', '{referral-source}', '{"reminders": ["sms"], "language": "en", "numbingCream": false}', 'PATIENT_REFERRAL', 'pat_01', 'loc_downtown', true, false, false, NULL, '2024-02-17 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_09', 'Indigo', 'Democlient', NULL, NULL, 'indigo.democlient@example.com', '(555) 555-0124', '1991-05-05', 'FEMALE', 'ACTIVE', 'PHONE', 'TYPE_III', NULL, NULL, NULL, NULL, NULL, 'US', 'Software tester', '{sensitive-skin}', '{"reminders": ["email"], "language": "en", "numbingCream": false}', 'EVENT', NULL, 'loc_riverside', false, true, false, NULL, '2024-03-18 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_10', 'Jamie', 'Exampleby', NULL, 'she/her', 'jamie.exampleby@example.com', '(555) 555-0125', '1998-10-16', 'FEMALE', 'ACTIVE', 'EMAIL', 'TYPE_IV', '37 Example Lane', NULL, 'Exampleville', 'NY', '00001', 'US', 'Chef', '{vip}', NULL, 'OTHER', NULL, 'loc_downtown', true, true, true, NULL, '2024-04-19 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_11', 'Kai', 'Placeholder', NULL, 'he/him', 'kai.placeholder@example.com', '(555) 555-0126', '1972-03-27', 'MALE', 'ACTIVE', 'EMAIL', NULL, '40 Example Lane', NULL, 'Exampleville', 'NY', '00002', 'US', 'Nurse', '{neurotoxin-regular}', '{"reminders": ["email"], "language": "en", "numbingCream": false}', 'SEARCH_ENGINE', NULL, 'loc_downtown', true, true, false, 'Prefers afternoon appointments.', '2024-05-20 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_12', 'Logan', 'Mockingham', NULL, 'they/them', 'logan.mockingham@example.com', '(555) 555-0127', '1979-08-10', 'NON_BINARY', 'ACTIVE', 'SMS', 'TYPE_VI', '43 Example Lane', NULL, 'Exampleville', 'NY', '00003', 'US', 'Accountant', '{laser-series}', '{"reminders": ["sms"], "language": "en", "numbingCream": false}', NULL, 'pat_02', 'loc_riverside', true, false, false, NULL, '2024-06-21 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_13', 'Marlowe', 'Testpatient', NULL, NULL, 'marlowe.testpatient@example.com', '(555) 555-0128', '1986-01-21', 'FEMALE', 'ACTIVE', 'SMS', 'TYPE_I', NULL, NULL, NULL, NULL, NULL, 'US', NULL, '{new-patient}', '{"reminders": ["email"], "language": "en", "numbingCream": true}', 'WALK_IN', NULL, 'loc_downtown', false, true, false, NULL, '2024-01-22 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_14', 'Noel', 'Samplecase', NULL, 'she/her', 'noel.samplecase@example.com', '(555) 555-0129', '1993-06-04', 'UNDISCLOSED', 'ACTIVE', 'PHONE', 'TYPE_II', '49 Example Lane', 'Apt 14', 'Exampleville', 'NY', '00002', 'US', 'Teacher', '{membership-prospect}', '{"reminders": ["sms"], "language": "en", "numbingCream": false}', 'EVENT', NULL, 'loc_downtown', true, true, false, NULL, '2024-02-23 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_15', 'Oakley', 'Democlient', 'Oak', 'he/him', 'oakley.democlient@example.com', '(555) 555-0130', '2000-11-15', 'MALE', 'ACTIVE', 'EMAIL', 'TYPE_III', '52 Example Lane', NULL, 'Exampleville', 'NY', '00003', 'US', 'Software tester', '{vip,neurotoxin-regular}', NULL, 'OTHER', NULL, 'loc_riverside', false, true, true, NULL, '2024-03-24 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_16', 'Peyton', 'Exampleby', NULL, 'they/them', 'peyton.exampleby@example.com', '(555) 555-0131', '1974-04-26', 'FEMALE', 'ACTIVE', 'EMAIL', NULL, '55 Example Lane', NULL, 'Exampleville', 'NY', '00001', 'US', 'Chef', '{}', '{"reminders": ["sms"], "language": "en", "numbingCream": true}', 'PATIENT_REFERRAL', 'pat_03', 'loc_downtown', true, false, false, NULL, '2024-04-10 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_17', 'Reese', 'Placeholder', NULL, NULL, 'reese.placeholder@example.com', '(555) 555-0132', '1981-09-09', 'FEMALE', 'ACTIVE', 'SMS', 'TYPE_V', NULL, NULL, NULL, NULL, NULL, 'US', 'Nurse', '{referral-source}', '{"reminders": ["email"], "language": "en", "numbingCream": false}', 'SOCIAL_MEDIA', NULL, 'loc_downtown', false, true, false, NULL, '2024-05-11 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_18', 'Sage', 'Mockingham', NULL, 'she/her', 'sage.mockingham@example.com', '(555) 555-0133', '1988-02-20', 'FEMALE', 'ACTIVE', 'SMS', 'TYPE_VI', '61 Example Lane', NULL, 'Exampleville', 'NY', '00003', 'US', 'Accountant', '{sensitive-skin}', '{"reminders": ["sms"], "language": "en", "numbingCream": false}', NULL, NULL, 'loc_riverside', true, true, false, NULL, '2024-06-12 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_19', 'Tatum', 'Testpatient', NULL, 'he/him', 'tatum.testpatient@example.com', '(555) 555-0134', '1995-07-03', 'MALE', 'ACTIVE', 'PHONE', 'TYPE_I', '64 Example Lane', NULL, 'Exampleville', 'NY', '00001', 'US', NULL, '{vip}', '{"reminders": ["email"], "language": "en", "numbingCream": true}', 'EVENT', NULL, 'loc_downtown', false, true, true, 'Prefers afternoon appointments.', '2024-01-13 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_20', 'Val', 'Samplecase', NULL, 'they/them', 'val.samplecase@example.com', '(555) 555-0135', '1969-12-14', 'NON_BINARY', 'ACTIVE', 'EMAIL', 'TYPE_II', '67 Example Lane', 'Apt 20', 'Exampleville', 'NY', '00002', 'US', 'Teacher', '{neurotoxin-regular}', NULL, 'PATIENT_REFERRAL', 'pat_04', 'loc_downtown', true, false, false, NULL, '2024-02-14 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_21', 'Wren', 'Democlient', NULL, NULL, 'wren.democlient@example.com', '(555) 555-0136', '1976-05-25', 'FEMALE', 'ACTIVE', 'EMAIL', NULL, NULL, NULL, NULL, NULL, NULL, 'US', 'Software tester', '{laser-series}', '{"reminders": ["email"], "language": "en", "numbingCream": false}', 'SEARCH_ENGINE', NULL, 'loc_riverside', true, true, false, NULL, '2024-03-15 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_22', 'Yael', 'Exampleby', 'Yae', 'she/her', 'yael.exampleby@example.com', '(555) 555-0137', '1983-10-08', 'UNDISCLOSED', 'INACTIVE', 'SMS', 'TYPE_IV', '73 Example Lane', NULL, 'Exampleville', 'NY', '00001', 'US', 'Chef', '{new-patient}', '{"reminders": ["sms"], "language": "en", "numbingCream": true}', 'SOCIAL_MEDIA', NULL, 'loc_downtown', true, true, false, NULL, '2024-04-16 11:00:00', '2024-08-30 17:00:00', NULL),
  ('pat_23', 'Zion', 'Placeholder', NULL, 'he/him', 'zion.placeholder@example.com', '(555) 555-0138', '1990-03-19', 'MALE', 'ARCHIVED', 'SMS', 'TYPE_V', '76 Example Lane', NULL, 'Exampleville', 'NY', '00002', 'US', 'Nurse', '{membership-prospect}', '{"reminders": ["email"], "language": "en", "numbingCream": false}', 'WALK_IN', NULL, 'loc_downtown', false, true, false, NULL, '2024-05-17 11:00:00', '2024-08-30 17:00:00', '2024-08-01 09:00:00'),
  ('pat_24', 'Arden', 'Mockingham', NULL, 'they/them', 'arden.mockingham@example.com', '(555) 555-0139', '1997-08-02', 'FEMALE', 'ACTIVE', 'PHONE', 'TYPE_VI', '79 Example Lane', NULL, 'Exampleville', 'NY', '00003', 'US', 'Accountant', '{vip,neurotoxin-regular}', '{"reminders": ["sms"], "language": "en", "numbingCream": false}', NULL, NULL, 'loc_riverside', true, false, true, NULL, '2024-06-18 11:00:00', '2024-08-30 17:00:00', NULL);

-- Medical history
INSERT INTO "MedicalHistory" ("id", "patientId", "condition", "status", "diagnosedOn", "isContraindication", "notes", "recordedAt") VALUES
  ('mh_01', 'pat_01', 'Seasonal allergic rhinitis', 'CHRONIC', NULL, false, 'Entered from intake form.', '2024-02-01 10:00:00'),
  ('mh_02', 'pat_02', 'Hypertension (controlled)', 'ACTIVE', '2019-04-01', false, NULL, '2024-02-01 10:00:00'),
  ('mh_03', 'pat_03', 'History of cold sores (HSV-1)', 'CHRONIC', NULL, true, NULL, '2024-02-01 10:00:00'),
  ('mh_04', 'pat_05', 'Keloid scarring', 'CHRONIC', NULL, true, 'Entered from intake form.', '2024-02-01 10:00:00'),
  ('mh_05', 'pat_06', 'Hypothyroidism', 'ACTIVE', '2016-09-12', false, NULL, '2024-02-01 10:00:00'),
  ('mh_06', 'pat_07', 'Migraine', 'ACTIVE', NULL, false, NULL, '2024-02-01 10:00:00'),
  ('mh_07', 'pat_08', 'Rosacea', 'CHRONIC', '2020-02-20', false, 'Entered from intake form.', '2024-02-01 10:00:00'),
  ('mh_08', 'pat_10', 'Melasma', 'ACTIVE', '2021-06-01', true, NULL, '2024-02-01 10:00:00'),
  ('mh_09', 'pat_11', 'Acne vulgaris', 'RESOLVED', '2010-01-01', false, NULL, '2024-02-01 10:00:00'),
  ('mh_10', 'pat_13', 'Eczema', 'CHRONIC', NULL, false, 'Entered from intake form.', '2024-02-01 10:00:00'),
  ('mh_11', 'pat_14', 'Pregnancy', 'ACTIVE', '2024-06-15', true, NULL, '2024-02-01 10:00:00'),
  ('mh_12', 'pat_17', 'Autoimmune thyroiditis', 'ACTIVE', '2018-11-03', true, NULL, '2024-02-01 10:00:00'),
  ('mh_13', 'pat_19', 'Type 2 diabetes (diet controlled)', 'ACTIVE', '2022-03-10', false, 'Entered from intake form.', '2024-02-01 10:00:00'),
  ('mh_14', 'pat_20', 'Anemia', 'UNKNOWN', NULL, false, NULL, '2024-02-01 10:00:00');

-- Allergies
INSERT INTO "Allergy" ("id", "patientId", "allergen", "type", "severity", "reaction", "recordedAt") VALUES
  ('alg_01', 'pat_01', 'Penicillin', 'DRUG', 'MODERATE', 'Hives', '2024-02-01 10:05:00'),
  ('alg_02', 'pat_02', 'Lidocaine', 'ANESTHETIC', 'MODERATE', 'Swelling at injection site', '2024-02-01 10:05:00'),
  ('alg_03', 'pat_04', 'Latex', 'LATEX', 'MILD', 'Contact dermatitis', '2024-02-01 10:05:00'),
  ('alg_04', 'pat_05', 'Peanuts', 'FOOD', 'ANAPHYLAXIS', 'Throat swelling', '2024-02-01 10:05:00'),
  ('alg_05', 'pat_06', 'Sulfa drugs', 'DRUG', 'SEVERE', 'Rash and fever', '2024-02-01 10:05:00'),
  ('alg_06', 'pat_09', 'Hyaluronidase', 'DRUG', 'MODERATE', NULL, '2024-02-01 10:05:00'),
  ('alg_07', 'pat_09', 'Bee stings', 'ENVIRONMENTAL', 'SEVERE', NULL, '2024-02-01 10:05:00'),
  ('alg_08', 'pat_12', 'Codeine', 'DRUG', 'MILD', 'Nausea', '2024-02-01 10:05:00'),
  ('alg_09', 'pat_15', 'Adhesive tape', 'OTHER', 'MILD', 'Redness', '2024-02-01 10:05:00'),
  ('alg_10', 'pat_16', 'Shellfish', 'FOOD', 'SEVERE', 'Hives', '2024-02-01 10:05:00'),
  ('alg_11', 'pat_18', 'Benzocaine', 'ANESTHETIC', 'MODERATE', 'Burning sensation', '2024-02-01 10:05:00'),
  ('alg_12', 'pat_23', 'Pollen', 'ENVIRONMENTAL', 'MILD', 'Sneezing', '2024-02-01 10:05:00');

-- Current and past medications
INSERT INTO "Medication" ("id", "patientId", "name", "dosage", "frequency", "route", "startedOn", "stoppedOn", "isBloodThinner", "isPhotosensitizing") VALUES
  ('med_01', 'pat_02', 'Lisinopril', '10 mg', 'Once daily', 'ORAL', '2019-04-01', NULL, false, false),
  ('med_02', 'pat_03', 'Valacyclovir', '500 mg', 'Before laser treatments', 'ORAL', NULL, NULL, false, false),
  ('med_03', 'pat_04', 'Aspirin', '81 mg', 'Once daily', 'ORAL', '2022-01-01', NULL, true, false),
  ('med_04', 'pat_06', 'Levothyroxine', '75 mcg', 'Once daily', 'ORAL', '2016-09-12', NULL, false, false),
  ('med_05', 'pat_07', 'Sumatriptan', '50 mg', 'As needed', 'ORAL', NULL, NULL, false, false),
  ('med_06', 'pat_08', 'Metronidazole gel', '0.75%', 'Twice daily', 'TOPICAL', '2020-02-20', NULL, false, false),
  ('med_07', 'pat_10', 'Tretinoin cream', '0.05%', 'Nightly', 'TOPICAL', '2023-05-01', NULL, false, true),
  ('med_08', 'pat_11', 'Isotretinoin', '40 mg', 'Once daily', 'ORAL', '2009-06-01', '2010-01-01', false, true),
  ('med_09', 'pat_13', 'Fish oil', '1000 mg', 'Once daily', 'ORAL', NULL, NULL, true, false),
  ('med_10', 'pat_16', 'Doxycycline', '100 mg', 'Twice daily', 'ORAL', '2024-07-01', '2024-08-15', false, true),
  ('med_11', 'pat_19', 'Metformin', '500 mg', 'Twice daily', 'ORAL', '2022-03-10', NULL, false, false),
  ('med_12', 'pat_20', 'Iron supplement', '65 mg', 'Once daily', 'ORAL', NULL, NULL, false, false);

-- Emergency contacts
INSERT INTO "EmergencyContact" ("id", "patientId", "name", "relationship", "phone", "email", "isPrimary") VALUES
  ('ec_01', 'pat_01', 'Sam Contactperson', 'SPOUSE', '(555) 555-0140', 'sam.contact1@example.com', true),
  ('ec_02', 'pat_02', 'Alex Contactperson', 'PARENT', '(555) 555-0141', NULL, true),
  ('ec_03', 'pat_03', 'Robin Contactperson', 'PARTNER', '(555) 555-0142', NULL, true),
  ('ec_04', 'pat_04', 'Jesse Contactperson', 'SIBLING', '(555) 555-0143', 'jesse.contact4@example.com', true),
  ('ec_05', 'pat_05', 'Charlie Contactperson', 'FRIEND', '(555) 555-0144', NULL, true),
  ('ec_06', 'pat_06', 'Frankie Contactperson', 'CHILD', '(555) 555-0145', NULL, true),
  ('ec_07', 'pat_07', 'Lee Contactperson', 'OTHER', '(555) 555-0146', 'lee.contact7@example.com', true),
  ('ec_08', 'pat_08', 'Toni Contactperson', 'SPOUSE', '(555) 555-0147', NULL, true),
  ('ec_09', 'pat_09', 'Remy Contactperson', 'PARENT', '(555) 555-0148', NULL, true),
  ('ec_10', 'pat_10', 'Sam Contactperson', 'PARTNER', '(555) 555-0149', 'sam.contact10@example.com', true),
  ('ec_11', 'pat_11', 'Alex Contactperson', 'SIBLING', '(555) 555-0150', NULL, true),
  ('ec_12', 'pat_12', 'Robin Contactperson', 'FRIEND', '(555) 555-0151', NULL, true),
  ('ec_13', 'pat_13', 'Jesse Contactperson', 'CHILD', '(555) 555-0152', 'jesse.contact13@example.com', true),
  ('ec_14', 'pat_14', 'Charlie Contactperson', 'OTHER', '(555) 555-0153', NULL, true),
  ('ec_15', 'pat_15', 'Frankie Contactperson', 'SPOUSE', '(555) 555-0154', NULL, true),
  ('ec_16', 'pat_16', 'Lee Contactperson', 'PARENT', '(555) 555-0155', 'lee.contact16@example.com', true),
  ('ec_17', 'pat_17', 'Toni Contactperson', 'PARTNER', '(555) 555-0156', NULL, true),
  ('ec_18', 'pat_18', 'Remy Contactperson', 'SIBLING', '(555) 555-0157', NULL, true);

-- Form templates (the neurotoxin consent has two versions)
INSERT INTO "FormTemplate" ("id", "name", "type", "status", "version", "fields", "body", "requiresSignature", "expiresAfterDays", "createdAt", "updatedAt") VALUES
  ('ft_intake', 'New Patient Intake', 'INTAKE', 'PUBLISHED', 1, '[{"key": "reason_for_visit", "label": "Reason for visit", "type": "text", "required": true}, {"key": "how_did_you_hear_about_us", "label": "How did you hear about us", "type": "text", "required": true}, {"key": "i_confirm_the_information_above_is_accurate", "label": "I confirm the information above is accurate", "type": "checkbox", "required": true}]', NULL, true, NULL, '2024-04-08 16:30:00', '2024-05-01 09:00:00'),
  ('ft_history', 'Medical History Questionnaire', 'MEDICAL_HISTORY', 'PUBLISHED', 1, '[{"key": "current_medications", "label": "Current medications", "type": "text", "required": true}, {"key": "known_allergies", "label": "Known allergies", "type": "text", "required": true}, {"key": "are_you_pregnant_or_nursing", "label": "Are you pregnant or nursing", "type": "text", "required": true}, {"key": "i_confirm_the_information_above_is_accurate", "label": "I confirm the information above is accurate", "type": "checkbox", "required": true}]', NULL, true, 365, '2024-04-08 16:30:00', '2024-05-01 09:00:00'),
  ('ft_ntx_v1', 'Neurotoxin Consent', 'CONSENT', 'ARCHIVED', 1, '[{"key": "i_understand_the_risks", "label": "I understand the risks", "type": "checkbox", "required": true}, {"key": "i_agree_to_the_treatment", "label": "I agree to the treatment", "type": "checkbox", "required": true}]', 'Sample consent text for neurotoxin treatment.', true, 365, '2024-04-08 16:30:00', '2024-05-01 09:00:00'),
  ('ft_ntx_v2', 'Neurotoxin Consent', 'CONSENT', 'PUBLISHED', 2, '[{"key": "i_understand_the_risks", "label": "I understand the risks", "type": "checkbox", "required": true}, {"key": "i_understand_results_are_temporary", "label": "I understand results are temporary", "type": "checkbox", "required": true}, {"key": "i_agree_to_the_treatment", "label": "I agree to the treatment", "type": "checkbox", "required": true}]', 'Sample consent text for neurotoxin treatment, revised.', true, 365, '2024-04-08 16:30:00', '2024-05-01 09:00:00'),
  ('ft_filler', 'Dermal Filler Consent', 'CONSENT', 'PUBLISHED', 1, '[{"key": "i_understand_the_risks", "label": "I understand the risks", "type": "checkbox", "required": true}, {"key": "i_agree_to_the_treatment", "label": "I agree to the treatment", "type": "checkbox", "required": true}]', 'Sample consent text for dermal filler treatment.', true, 365, '2024-04-08 16:30:00', '2024-05-01 09:00:00'),
  ('ft_laser', 'Laser and Light Treatment Consent', 'CONSENT', 'PUBLISHED', 1, '[{"key": "i_have_avoided_sun_exposure_for_two_weeks", "label": "I have avoided sun exposure for two weeks", "type": "checkbox", "required": true}, {"key": "i_agree_to_the_treatment", "label": "I agree to the treatment", "type": "checkbox", "required": true}]', 'Sample consent text for laser treatment.', true, 365, '2024-04-08 16:30:00', '2024-05-01 09:00:00'),
  ('ft_photo', 'Photo Release', 'PHOTO_RELEASE', 'PUBLISHED', 1, '[{"key": "i_allow_clinical_photos_in_my_chart", "label": "I allow clinical photos in my chart", "type": "checkbox", "required": true}, {"key": "i_allow_anonymised_photos_in_marketing", "label": "I allow anonymised photos in marketing", "type": "checkbox", "required": true}]', NULL, true, NULL, '2024-04-08 16:30:00', '2024-05-01 09:00:00'),
  ('ft_survey', 'Post-visit Survey', 'SURVEY', 'DRAFT', 1, '[{"key": "how_was_your_visit", "label": "How was your visit", "type": "text", "required": true}]', NULL, false, 30, '2024-04-08 16:30:00', '2024-05-01 09:00:00');

-- Service categories
INSERT INTO "ServiceCategory" ("id", "name", "sortOrder") VALUES
  ('cat_inj', 'Injectables', 1),
  ('cat_laser', 'Laser & Light', 2),
  ('cat_facial', 'Facials', 3),
  ('cat_skin', 'Skin Treatments', 4),
  ('cat_body', 'Body Contouring', 5),
  ('cat_consult', 'Consultations', 0),
  ('cat_wellness', 'Wellness', 6);

-- Service menu
INSERT INTO "Service" ("id", "categoryId", "consentTemplateId", "code", "name", "kind", "durationMin", "price", "cost", "isTaxable", "requiresConsent", "contraindications", "description", "aftercareInstructions", "isActive", "createdAt", "updatedAt") VALUES
  ('svc_ntx_fh', 'cat_inj', 'ft_ntx_v2', 'NTX-FH', 'Neurotoxin, forehead lines', 'INJECTABLE', 30, '300.00', 90.00, false, true, '{pregnancy,"neuromuscular disorder"}', NULL, 'Avoid strenuous exercise for 24 hours.', true, '2024-03-11 10:30:00', '2024-03-11 10:30:00'),
  ('svc_ntx_gl', 'cat_inj', 'ft_ntx_v2', 'NTX-GL', 'Neurotoxin, glabellar lines', 'INJECTABLE', 30, '280.00', 85.00, false, true, '{pregnancy,"neuromuscular disorder"}', NULL, 'Avoid strenuous exercise for 24 hours.', true, '2024-03-11 10:30:00', '2024-03-11 10:30:00'),
  ('svc_ntx_cf', 'cat_inj', 'ft_ntx_v2', 'NTX-CF', 'Neurotoxin, crow''s feet', 'INJECTABLE', 30, '260.00', 80.00, false, true, '{pregnancy}', NULL, 'Avoid strenuous exercise for 24 hours.', true, '2024-03-11 10:30:00', '2024-03-11 10:30:00'),
  ('svc_fil_lip', 'cat_inj', 'ft_filler', 'FIL-LIP', 'Lip filler, 1 syringe', 'INJECTABLE', 45, '700.00', 250.00, false, true, '{pregnancy,"active cold sore"}', NULL, 'Avoid strenuous exercise for 24 hours.', true, '2024-03-11 10:30:00', '2024-03-11 10:30:00'),
  ('svc_fil_chk', 'cat_inj', 'ft_filler', 'FIL-CHK', 'Cheek filler, 2 syringes', 'INJECTABLE', 60, '1400.00', 500.00, false, true, '{pregnancy}', NULL, 'Avoid strenuous exercise for 24 hours.', true, '2024-03-11 10:30:00', '2024-03-11 10:30:00'),
  ('svc_bio', 'cat_inj', 'ft_filler', 'BIO-01', 'Biostimulator treatment', 'INJECTABLE', 60, '900.00', 320.00, false, true, '{pregnancy,"keloid history"}', NULL, 'Avoid strenuous exercise for 24 hours.', true, '2024-03-11 10:30:00', '2024-03-11 10:30:00'),
  ('svc_lhr_sm', 'cat_laser', 'ft_laser', 'LHR-SM', 'Laser hair removal, small area', 'LASER', 20, '150.00', NULL, false, true, '{"photosensitizing medication","recent tan"}', NULL, NULL, true, '2024-03-11 10:30:00', '2024-03-11 10:30:00'),
  ('svc_lhr_lg', 'cat_laser', 'ft_laser', 'LHR-LG', 'Laser hair removal, large area', 'LASER', 45, '350.00', NULL, false, true, '{"photosensitizing medication","recent tan"}', NULL, NULL, true, '2024-03-11 10:30:00', '2024-03-11 10:30:00'),
  ('svc_ipl', 'cat_laser', 'ft_laser', 'IPL-01', 'IPL photofacial', 'LASER', 45, '400.00', NULL, false, true, '{"photosensitizing medication",melasma}', NULL, NULL, true, '2024-03-11 10:30:00', '2024-03-11 10:30:00'),
  ('svc_co2', 'cat_laser', 'ft_laser', 'CO2-01', 'Fractional CO2 resurfacing', 'LASER', 90, '1500.00', NULL, false, true, '{"isotretinoin in past 6 months","keloid history"}', NULL, NULL, true, '2024-03-11 10:30:00', '2024-03-11 10:30:00'),
  ('svc_hyd', 'cat_facial', NULL, 'FAC-HYD', 'Hydrating facial', 'FACIAL', 60, '199.00', 25.00, false, false, '{}', NULL, NULL, true, '2024-03-11 10:30:00', '2024-03-11 10:30:00'),
  ('svc_peel', 'cat_skin', NULL, 'SKN-PEEL', 'Chemical peel', 'SKIN_TREATMENT', 45, '175.00', 20.00, false, true, '{"retinoid use within 5 days"}', NULL, NULL, true, '2024-03-11 10:30:00', '2024-03-11 10:30:00'),
  ('svc_mn', 'cat_skin', 'ft_laser', 'SKN-RFMN', 'RF microneedling', 'SKIN_TREATMENT', 75, '650.00', 60.00, false, true, '{"active acne",pregnancy}', NULL, NULL, true, '2024-03-11 10:30:00', '2024-03-11 10:30:00'),
  ('svc_cryo', 'cat_body', NULL, 'BDY-CRYO', 'Cryolipolysis, one area', 'BODY_CONTOURING', 60, '750.00', 120.00, false, true, '{"cold urticaria"}', NULL, NULL, true, '2024-03-11 10:30:00', '2024-03-11 10:30:00'),
  ('svc_consult', 'cat_consult', NULL, 'CNS-01', 'Aesthetic consultation', 'CONSULTATION', 30, '0.00', NULL, false, false, '{}', NULL, NULL, true, '2024-03-11 10:30:00', '2024-03-11 10:30:00'),
  ('svc_iv', 'cat_wellness', NULL, 'WEL-IV', 'Vitamin infusion', 'WELLNESS', 45, '175.00', 40.00, true, true, '{}', NULL, NULL, false, '2024-03-11 10:30:00', '2024-03-11 10:30:00');

-- Which staff may perform which services (implicit many-to-many; A = Service, B = Staff)
INSERT INTO "_StaffQualifications" ("A", "B") VALUES
  ('svc_ntx_fh', 'stf_01'),
  ('svc_ntx_gl', 'stf_01'),
  ('svc_fil_lip', 'stf_01'),
  ('svc_fil_chk', 'stf_01'),
  ('svc_bio', 'stf_01'),
  ('svc_co2', 'stf_01'),
  ('svc_consult', 'stf_01'),
  ('svc_iv', 'stf_01'),
  ('svc_ntx_fh', 'stf_02'),
  ('svc_ntx_gl', 'stf_02'),
  ('svc_ntx_cf', 'stf_02'),
  ('svc_fil_lip', 'stf_02'),
  ('svc_fil_chk', 'stf_02'),
  ('svc_bio', 'stf_02'),
  ('svc_consult', 'stf_02'),
  ('svc_iv', 'stf_02'),
  ('svc_ntx_fh', 'stf_03'),
  ('svc_ntx_gl', 'stf_03'),
  ('svc_ntx_cf', 'stf_03'),
  ('svc_fil_lip', 'stf_03'),
  ('svc_consult', 'stf_03'),
  ('svc_iv', 'stf_03'),
  ('svc_ntx_fh', 'stf_04'),
  ('svc_ntx_gl', 'stf_04'),
  ('svc_ntx_cf', 'stf_04'),
  ('svc_fil_lip', 'stf_04'),
  ('svc_fil_chk', 'stf_04'),
  ('svc_consult', 'stf_04'),
  ('svc_hyd', 'stf_05'),
  ('svc_peel', 'stf_05'),
  ('svc_mn', 'stf_05'),
  ('svc_consult', 'stf_05'),
  ('svc_hyd', 'stf_06'),
  ('svc_peel', 'stf_06'),
  ('svc_cryo', 'stf_06'),
  ('svc_lhr_sm', 'stf_07'),
  ('svc_lhr_lg', 'stf_07'),
  ('svc_ipl', 'stf_07'),
  ('svc_co2', 'stf_07'),
  ('svc_mn', 'stf_07'),
  ('svc_lhr_sm', 'stf_08'),
  ('svc_lhr_lg', 'stf_08'),
  ('svc_cryo', 'stf_08'),
  ('svc_ntx_fh', 'stf_12'),
  ('svc_ntx_gl', 'stf_12'),
  ('svc_consult', 'stf_12');

-- Appointment types
INSERT INTO "AppointmentType" ("id", "name", "defaultDurationMin", "bufferMin", "calendarColor", "requiresDeposit", "depositAmount", "isBookableOnline", "description") VALUES
  ('at_consult', 'Consultation', 30, 0, '#92A8D1', false, NULL, true, NULL),
  ('at_inj', 'Injectable treatment', 45, 15, '#B565A7', false, NULL, true, NULL),
  ('at_laser', 'Laser treatment', 60, 15, '#DD4124', true, 50.00, true, NULL),
  ('at_facial', 'Facial', 60, 10, '#88B04B', false, NULL, true, NULL),
  ('at_follow', 'Follow-up', 15, 0, '#EFC050', false, NULL, false, NULL),
  ('at_body', 'Body contouring', 75, 15, '#45B8AC', true, 100.00, true, NULL);

-- Appointments (late August to November 2024)
INSERT INTO "Appointment" ("id", "patientId", "providerId", "bookedById", "locationId", "roomId", "appointmentTypeId", "serviceId", "status", "channel", "startsAt", "endsAt", "checkedInAt", "completedAt", "cancelledAt", "cancellationReason", "patientNotes", "internalNotes", "depositPaid", "createdAt", "updatedAt") VALUES
  ('apt_001', 'pat_01', 'stf_02', 'stf_09', 'loc_downtown', 'room_dt_inj', 'at_inj', 'svc_ntx_fh', 'COMPLETED', 'STAFF', '2024-08-19 10:00:00-04', '2024-08-19 10:30:00-04', '2024-08-19 09:53:00-04', '2024-08-19 10:30:00-04', NULL, NULL, 'First time, a little nervous.', NULL, false, '2024-08-09 09:15:00', '2024-08-19 10:30:00'),
  ('apt_002', 'pat_02', 'stf_01', NULL, 'loc_downtown', 'room_dt_consult', 'at_consult', 'svc_consult', 'COMPLETED', 'ONLINE', '2024-08-19 11:00:00-04', '2024-08-19 11:30:00-04', '2024-08-19 10:53:00-04', '2024-08-19 11:30:00-04', NULL, NULL, NULL, NULL, false, '2024-08-09 09:15:00', '2024-08-19 11:30:00'),
  ('apt_003', 'pat_03', 'stf_08', 'stf_10', 'loc_riverside', 'room_rs_laser', 'at_laser', 'svc_lhr_sm', 'COMPLETED', 'PHONE', '2024-08-20 09:00:00-04', '2024-08-20 09:20:00-04', '2024-08-20 08:53:00-04', '2024-08-20 09:20:00-04', NULL, NULL, NULL, 'Confirm deposit on arrival.', true, '2024-08-10 09:15:00', '2024-08-20 09:20:00'),
  ('apt_004', 'pat_04', 'stf_05', 'stf_09', 'loc_downtown', 'room_dt_tr1', 'at_facial', 'svc_hyd', 'COMPLETED', 'APP', '2024-08-20 13:00:00-04', '2024-08-20 14:00:00-04', '2024-08-20 12:53:00-04', '2024-08-20 14:00:00-04', NULL, NULL, NULL, NULL, false, '2024-08-10 09:15:00', '2024-08-20 14:00:00'),
  ('apt_005', 'pat_05', 'stf_04', 'stf_10', 'loc_riverside', NULL, 'at_inj', 'svc_fil_lip', 'COMPLETED', 'ONLINE', '2024-08-21 14:00:00-04', '2024-08-21 14:45:00-04', '2024-08-21 13:53:00-04', '2024-08-21 14:45:00-04', NULL, NULL, NULL, NULL, false, '2024-08-11 09:15:00', '2024-08-21 14:45:00'),
  ('apt_006', 'pat_06', 'stf_03', NULL, 'loc_riverside', NULL, 'at_inj', 'svc_ntx_gl', 'COMPLETED', 'ONLINE', '2024-08-22 10:00:00-04', '2024-08-22 10:30:00-04', '2024-08-22 09:53:00-04', '2024-08-22 10:30:00-04', NULL, NULL, NULL, NULL, false, '2024-08-12 09:15:00', '2024-08-22 10:30:00'),
  ('apt_007', 'pat_07', 'stf_07', 'stf_09', 'loc_downtown', 'room_dt_laser', 'at_laser', 'svc_ipl', 'COMPLETED', 'STAFF', '2024-08-22 15:00:00-04', '2024-08-22 15:45:00-04', '2024-08-22 14:53:00-04', '2024-08-22 15:45:00-04', NULL, NULL, NULL, 'Confirm deposit on arrival.', true, '2024-08-12 09:15:00', '2024-08-22 15:45:00'),
  ('apt_008', 'pat_08', 'stf_05', 'stf_09', 'loc_downtown', 'room_dt_tr1', 'at_facial', 'svc_peel', 'NO_SHOW', 'ONLINE', '2024-08-23 09:00:00-04', '2024-08-23 09:45:00-04', NULL, NULL, NULL, NULL, NULL, NULL, false, '2024-08-13 09:15:00', '2024-08-22 09:00:00'),
  ('apt_009', 'pat_09', 'stf_08', 'stf_10', 'loc_riverside', 'room_rs_tra', 'at_body', 'svc_cryo', 'COMPLETED', 'PHONE', '2024-08-26 11:00:00-04', '2024-08-26 12:00:00-04', '2024-08-26 10:53:00-04', '2024-08-26 12:00:00-04', NULL, NULL, NULL, 'Confirm deposit on arrival.', true, '2024-08-16 09:15:00', '2024-08-26 12:00:00'),
  ('apt_010', 'pat_10', 'stf_02', NULL, 'loc_downtown', 'room_dt_consult', 'at_consult', 'svc_consult', 'CANCELLED', 'ONLINE', '2024-08-26 16:00:00-04', '2024-08-26 16:30:00-04', NULL, NULL, '2024-08-25 10:00:00-04', 'SCHEDULING_CONFLICT', 'First time, a little nervous.', NULL, false, '2024-08-16 09:15:00', '2024-08-25 16:00:00'),
  ('apt_011', 'pat_11', 'stf_05', 'stf_09', 'loc_downtown', 'room_dt_tr1', 'at_facial', 'svc_mn', 'COMPLETED', 'ONLINE', '2024-08-26 10:00:00-04', '2024-08-26 11:15:00-04', '2024-08-26 09:53:00-04', '2024-08-26 11:15:00-04', NULL, NULL, NULL, NULL, false, '2024-08-16 09:15:00', '2024-08-26 11:15:00'),
  ('apt_012', 'pat_12', 'stf_04', 'stf_10', 'loc_riverside', NULL, 'at_inj', 'svc_ntx_cf', 'COMPLETED', 'WALK_IN', '2024-08-27 12:00:00-04', '2024-08-27 12:30:00-04', '2024-08-27 11:53:00-04', '2024-08-27 12:30:00-04', NULL, NULL, NULL, NULL, false, '2024-08-17 09:15:00', '2024-08-27 12:30:00'),
  ('apt_013', 'pat_01', 'stf_02', 'stf_09', 'loc_downtown', 'room_dt_inj', 'at_inj', 'svc_fil_lip', 'COMPLETED', 'STAFF', '2024-08-28 14:00:00-04', '2024-08-28 14:45:00-04', '2024-08-28 13:53:00-04', '2024-08-28 14:45:00-04', NULL, NULL, NULL, NULL, false, '2024-08-18 09:15:00', '2024-08-28 14:45:00'),
  ('apt_014', 'pat_13', 'stf_06', NULL, 'loc_riverside', 'room_rs_tra', 'at_facial', 'svc_hyd', 'COMPLETED', 'ONLINE', '2024-08-29 10:00:00-04', '2024-08-29 11:00:00-04', '2024-08-29 09:53:00-04', '2024-08-29 11:00:00-04', NULL, NULL, NULL, NULL, false, '2024-08-19 09:15:00', '2024-08-29 11:00:00'),
  ('apt_015', 'pat_14', 'stf_03', 'stf_10', 'loc_riverside', 'room_rs_consult', 'at_consult', 'svc_consult', 'COMPLETED', 'PHONE', '2024-08-29 15:00:00-04', '2024-08-29 15:30:00-04', '2024-08-29 14:53:00-04', '2024-08-29 15:30:00-04', NULL, NULL, NULL, NULL, false, '2024-08-19 09:15:00', '2024-08-29 15:30:00'),
  ('apt_016', 'pat_15', 'stf_07', 'stf_09', 'loc_downtown', 'room_dt_laser', 'at_laser', 'svc_lhr_lg', 'COMPLETED', 'APP', '2024-08-30 09:00:00-04', '2024-08-30 09:45:00-04', '2024-08-30 08:53:00-04', '2024-08-30 09:45:00-04', NULL, NULL, NULL, 'Confirm deposit on arrival.', true, '2024-08-20 09:15:00', '2024-08-30 09:45:00'),
  ('apt_017', 'pat_16', 'stf_01', 'stf_09', 'loc_downtown', 'room_dt_inj', 'at_inj', 'svc_ntx_fh', 'COMPLETED', 'ONLINE', '2024-09-02 11:00:00-04', '2024-09-02 11:30:00-04', '2024-09-02 10:53:00-04', '2024-09-02 11:30:00-04', NULL, NULL, NULL, NULL, false, '2024-08-23 09:15:00', '2024-09-02 11:30:00'),
  ('apt_018', 'pat_17', 'stf_02', NULL, 'loc_downtown', 'room_dt_inj', 'at_inj', 'svc_bio', 'COMPLETED', 'ONLINE', '2024-09-02 13:00:00-04', '2024-09-02 14:00:00-04', '2024-09-02 12:53:00-04', '2024-09-02 14:00:00-04', NULL, NULL, NULL, NULL, false, '2024-08-23 09:15:00', '2024-09-02 14:00:00'),
  ('apt_019', 'pat_18', 'stf_07', 'stf_09', 'loc_downtown', 'room_dt_laser', 'at_laser', 'svc_co2', 'COMPLETED', 'STAFF', '2024-09-02 09:00:00-04', '2024-09-02 10:30:00-04', '2024-09-02 08:53:00-04', '2024-09-02 10:30:00-04', NULL, NULL, 'First time, a little nervous.', 'Confirm deposit on arrival.', true, '2024-08-23 09:15:00', '2024-09-02 10:30:00'),
  ('apt_020', 'pat_19', 'stf_03', 'stf_10', 'loc_riverside', 'room_rs_tra', 'at_inj', 'svc_iv', 'LATE_CANCELLED', 'ONLINE', '2024-09-03 16:00:00-04', '2024-09-03 16:45:00-04', NULL, NULL, '2024-09-03 14:00:00-04', 'ILLNESS', NULL, NULL, false, '2024-08-24 09:15:00', '2024-09-02 16:00:00'),
  ('apt_021', 'pat_20', 'stf_04', 'stf_10', 'loc_riverside', NULL, 'at_inj', 'svc_fil_chk', 'COMPLETED', 'PHONE', '2024-09-04 10:00:00-04', '2024-09-04 11:00:00-04', '2024-09-04 09:53:00-04', '2024-09-04 11:00:00-04', NULL, NULL, NULL, NULL, false, '2024-08-25 09:15:00', '2024-09-04 11:00:00'),
  ('apt_022', 'pat_03', 'stf_08', NULL, 'loc_riverside', 'room_rs_laser', 'at_laser', 'svc_lhr_sm', 'COMPLETED', 'ONLINE', '2024-09-17 09:00:00-04', '2024-09-17 09:20:00-04', '2024-09-17 08:53:00-04', '2024-09-17 09:20:00-04', NULL, NULL, NULL, 'Confirm deposit on arrival.', true, '2024-09-07 09:15:00', '2024-09-17 09:20:00'),
  ('apt_023', 'pat_24', 'stf_02', 'stf_09', 'loc_downtown', 'room_dt_inj', 'at_inj', 'svc_ntx_gl', 'COMPLETED', 'ONLINE', '2024-09-18 12:00:00-04', '2024-09-18 12:30:00-04', '2024-09-18 11:53:00-04', '2024-09-18 12:30:00-04', NULL, NULL, NULL, NULL, false, '2024-09-08 09:15:00', '2024-09-18 12:30:00'),
  ('apt_024', 'pat_11', 'stf_05', 'stf_09', 'loc_downtown', 'room_dt_tr1', 'at_facial', 'svc_mn', 'COMPLETED', 'WALK_IN', '2024-09-23 10:00:00-04', '2024-09-23 11:15:00-04', '2024-09-23 09:53:00-04', '2024-09-23 11:15:00-04', NULL, NULL, NULL, NULL, false, '2024-09-13 09:15:00', '2024-09-23 11:15:00'),
  ('apt_025', 'pat_02', 'stf_01', 'stf_09', 'loc_downtown', 'room_dt_inj', 'at_inj', 'svc_ntx_fh', 'COMPLETED', 'STAFF', '2024-09-25 14:00:00-04', '2024-09-25 14:30:00-04', '2024-09-25 13:53:00-04', '2024-09-25 14:30:00-04', NULL, NULL, NULL, NULL, false, '2024-09-15 09:15:00', '2024-09-25 14:30:00'),
  ('apt_026', 'pat_06', 'stf_06', NULL, 'loc_riverside', 'room_rs_tra', 'at_facial', 'svc_hyd', 'COMPLETED', 'ONLINE', '2024-09-26 11:00:00-04', '2024-09-26 12:00:00-04', '2024-09-26 10:53:00-04', '2024-09-26 12:00:00-04', NULL, NULL, NULL, NULL, false, '2024-09-16 09:15:00', '2024-09-26 12:00:00'),
  ('apt_027', 'pat_07', 'stf_07', 'stf_09', 'loc_downtown', 'room_dt_laser', 'at_laser', 'svc_ipl', 'CONFIRMED', 'PHONE', '2024-10-02 15:00:00-04', '2024-10-02 15:45:00-04', NULL, NULL, NULL, NULL, NULL, 'Confirm deposit on arrival.', true, '2024-09-22 09:15:00', '2024-10-01 15:00:00'),
  ('apt_028', 'pat_09', 'stf_08', 'stf_10', 'loc_riverside', 'room_rs_tra', 'at_body', 'svc_cryo', 'CONFIRMED', 'APP', '2024-10-07 11:00:00-04', '2024-10-07 12:00:00-04', NULL, NULL, NULL, NULL, 'First time, a little nervous.', 'Confirm deposit on arrival.', true, '2024-09-27 09:15:00', '2024-10-06 11:00:00'),
  ('apt_029', 'pat_12', 'stf_04', 'stf_10', 'loc_riverside', 'room_rs_consult', 'at_consult', 'svc_consult', 'BOOKED', 'ONLINE', '2024-10-07 09:00:00-04', '2024-10-07 09:30:00-04', NULL, NULL, NULL, NULL, NULL, NULL, false, '2024-09-27 09:15:00', '2024-10-06 09:00:00'),
  ('apt_030', 'pat_15', 'stf_07', NULL, 'loc_downtown', 'room_dt_laser', 'at_laser', 'svc_lhr_lg', 'BOOKED', 'ONLINE', '2024-10-08 09:00:00-04', '2024-10-08 09:45:00-04', NULL, NULL, NULL, NULL, NULL, 'Confirm deposit on arrival.', true, '2024-09-28 09:15:00', '2024-10-07 09:00:00'),
  ('apt_031', 'pat_18', 'stf_07', 'stf_09', 'loc_downtown', 'room_dt_laser', 'at_laser', 'svc_co2', 'REQUESTED', 'STAFF', '2024-10-16 09:00:00-04', '2024-10-16 10:30:00-04', NULL, NULL, NULL, NULL, NULL, 'Confirm deposit on arrival.', false, '2024-10-06 09:15:00', '2024-10-15 09:00:00'),
  ('apt_032', 'pat_05', 'stf_04', 'stf_10', 'loc_riverside', NULL, 'at_inj', 'svc_fil_lip', 'BOOKED', 'ONLINE', '2024-10-14 14:00:00-04', '2024-10-14 14:45:00-04', NULL, NULL, NULL, NULL, NULL, NULL, false, '2024-10-04 09:15:00', '2024-10-13 14:00:00'),
  ('apt_033', 'pat_01', 'stf_02', 'stf_09', 'loc_downtown', 'room_dt_inj', 'at_inj', 'svc_ntx_fh', 'BOOKED', 'PHONE', '2024-10-18 10:00:00-04', '2024-10-18 10:30:00-04', NULL, NULL, NULL, NULL, NULL, NULL, false, '2024-10-08 09:15:00', '2024-10-17 10:00:00'),
  ('apt_034', 'pat_03', 'stf_08', NULL, 'loc_riverside', 'room_rs_laser', 'at_laser', 'svc_lhr_sm', 'BOOKED', 'ONLINE', '2024-10-17 09:00:00-04', '2024-10-17 09:20:00-04', NULL, NULL, NULL, NULL, NULL, 'Confirm deposit on arrival.', true, '2024-10-07 09:15:00', '2024-10-16 09:00:00');

-- Resources booked for appointments (implicit many-to-many; A = Appointment, B = Resource)
INSERT INTO "_AppointmentToResource" ("A", "B") VALUES
  ('apt_004', 'res_dt_hydra'),
  ('apt_007', 'res_dt_ipl'),
  ('apt_009', 'res_rs_cryo'),
  ('apt_011', 'res_dt_mn'),
  ('apt_019', 'res_dt_co2'),
  ('apt_024', 'res_dt_mn'),
  ('apt_027', 'res_dt_ipl'),
  ('apt_028', 'res_rs_cryo'),
  ('apt_031', 'res_dt_co2'),
  ('apt_003', 'res_rs_diode'),
  ('apt_022', 'res_rs_diode'),
  ('apt_034', 'res_rs_diode'),
  ('apt_001', 'res_dt_chair'),
  ('apt_013', 'res_dt_chair'),
  ('apt_017', 'res_dt_chair'),
  ('apt_018', 'res_dt_chair'),
  ('apt_023', 'res_dt_chair');

-- Status changes (id comes from its sequence)
INSERT INTO "appointment_status_history" ("appointment_id", "from_status", "to_status", "changed_by_id", "reason", "changed_at") VALUES
  ('apt_001', NULL, 'BOOKED', 'stf_09', NULL, '2024-08-09 10:00:00-04'),
  ('apt_001', 'BOOKED', 'CHECKED_IN', 'stf_09', NULL, '2024-08-19 09:53:00-04'),
  ('apt_001', 'CHECKED_IN', 'COMPLETED', 'stf_02', NULL, '2024-08-19 10:30:00-04'),
  ('apt_002', NULL, 'BOOKED', NULL, NULL, '2024-08-09 11:00:00-04'),
  ('apt_002', 'BOOKED', 'CHECKED_IN', NULL, NULL, '2024-08-19 10:53:00-04'),
  ('apt_002', 'CHECKED_IN', 'COMPLETED', 'stf_01', NULL, '2024-08-19 11:30:00-04'),
  ('apt_003', NULL, 'BOOKED', 'stf_10', NULL, '2024-08-10 09:00:00-04'),
  ('apt_003', 'BOOKED', 'CHECKED_IN', 'stf_10', NULL, '2024-08-20 08:53:00-04'),
  ('apt_003', 'CHECKED_IN', 'COMPLETED', 'stf_08', NULL, '2024-08-20 09:20:00-04'),
  ('apt_004', NULL, 'BOOKED', 'stf_09', NULL, '2024-08-10 13:00:00-04'),
  ('apt_004', 'BOOKED', 'CHECKED_IN', 'stf_09', NULL, '2024-08-20 12:53:00-04'),
  ('apt_004', 'CHECKED_IN', 'COMPLETED', 'stf_05', NULL, '2024-08-20 14:00:00-04'),
  ('apt_005', NULL, 'BOOKED', 'stf_10', NULL, '2024-08-11 14:00:00-04'),
  ('apt_005', 'BOOKED', 'CHECKED_IN', 'stf_10', NULL, '2024-08-21 13:53:00-04'),
  ('apt_005', 'CHECKED_IN', 'COMPLETED', 'stf_04', NULL, '2024-08-21 14:45:00-04'),
  ('apt_006', NULL, 'BOOKED', NULL, NULL, '2024-08-12 10:00:00-04'),
  ('apt_006', 'BOOKED', 'CHECKED_IN', NULL, NULL, '2024-08-22 09:53:00-04'),
  ('apt_006', 'CHECKED_IN', 'COMPLETED', 'stf_03', NULL, '2024-08-22 10:30:00-04'),
  ('apt_007', NULL, 'BOOKED', 'stf_09', NULL, '2024-08-12 15:00:00-04'),
  ('apt_007', 'BOOKED', 'CHECKED_IN', 'stf_09', NULL, '2024-08-22 14:53:00-04'),
  ('apt_007', 'CHECKED_IN', 'COMPLETED', 'stf_07', NULL, '2024-08-22 15:45:00-04'),
  ('apt_008', NULL, 'BOOKED', 'stf_09', NULL, '2024-08-13 09:00:00-04'),
  ('apt_008', 'BOOKED', 'CONFIRMED', NULL, 'Patient replied C to SMS reminder', '2024-08-22 07:00:00-04'),
  ('apt_008', 'CONFIRMED', 'NO_SHOW', 'stf_09', 'No answer by phone', '2024-08-23 09:20:00-04'),
  ('apt_009', NULL, 'BOOKED', 'stf_10', NULL, '2024-08-16 11:00:00-04'),
  ('apt_009', 'BOOKED', 'CHECKED_IN', 'stf_10', NULL, '2024-08-26 10:53:00-04'),
  ('apt_009', 'CHECKED_IN', 'COMPLETED', 'stf_08', NULL, '2024-08-26 12:00:00-04'),
  ('apt_010', NULL, 'BOOKED', NULL, NULL, '2024-08-16 16:00:00-04'),
  ('apt_010', 'BOOKED', 'CANCELLED', NULL, 'Patient called to cancel', '2024-08-25 10:00:00-04'),
  ('apt_011', NULL, 'BOOKED', 'stf_09', NULL, '2024-08-16 10:00:00-04'),
  ('apt_011', 'BOOKED', 'CHECKED_IN', 'stf_09', NULL, '2024-08-26 09:53:00-04'),
  ('apt_011', 'CHECKED_IN', 'COMPLETED', 'stf_05', NULL, '2024-08-26 11:15:00-04'),
  ('apt_012', NULL, 'BOOKED', 'stf_10', NULL, '2024-08-17 12:00:00-04'),
  ('apt_012', 'BOOKED', 'CHECKED_IN', 'stf_10', NULL, '2024-08-27 11:53:00-04'),
  ('apt_012', 'CHECKED_IN', 'COMPLETED', 'stf_04', NULL, '2024-08-27 12:30:00-04'),
  ('apt_013', NULL, 'BOOKED', 'stf_09', NULL, '2024-08-18 14:00:00-04'),
  ('apt_013', 'BOOKED', 'CHECKED_IN', 'stf_09', NULL, '2024-08-28 13:53:00-04'),
  ('apt_013', 'CHECKED_IN', 'COMPLETED', 'stf_02', NULL, '2024-08-28 14:45:00-04'),
  ('apt_014', NULL, 'BOOKED', NULL, NULL, '2024-08-19 10:00:00-04'),
  ('apt_014', 'BOOKED', 'CHECKED_IN', NULL, NULL, '2024-08-29 09:53:00-04'),
  ('apt_014', 'CHECKED_IN', 'COMPLETED', 'stf_06', NULL, '2024-08-29 11:00:00-04'),
  ('apt_015', NULL, 'BOOKED', 'stf_10', NULL, '2024-08-19 15:00:00-04'),
  ('apt_015', 'BOOKED', 'CHECKED_IN', 'stf_10', NULL, '2024-08-29 14:53:00-04'),
  ('apt_015', 'CHECKED_IN', 'COMPLETED', 'stf_03', NULL, '2024-08-29 15:30:00-04'),
  ('apt_016', NULL, 'BOOKED', 'stf_09', NULL, '2024-08-20 09:00:00-04'),
  ('apt_016', 'BOOKED', 'CHECKED_IN', 'stf_09', NULL, '2024-08-30 08:53:00-04'),
  ('apt_016', 'CHECKED_IN', 'COMPLETED', 'stf_07', NULL, '2024-08-30 09:45:00-04'),
  ('apt_017', NULL, 'BOOKED', 'stf_09', NULL, '2024-08-23 11:00:00-04'),
  ('apt_017', 'BOOKED', 'CHECKED_IN', 'stf_09', NULL, '2024-09-02 10:53:00-04'),
  ('apt_017', 'CHECKED_IN', 'COMPLETED', 'stf_01', NULL, '2024-09-02 11:30:00-04'),
  ('apt_018', NULL, 'BOOKED', NULL, NULL, '2024-08-23 13:00:00-04'),
  ('apt_018', 'BOOKED', 'CHECKED_IN', NULL, NULL, '2024-09-02 12:53:00-04'),
  ('apt_018', 'CHECKED_IN', 'COMPLETED', 'stf_02', NULL, '2024-09-02 14:00:00-04'),
  ('apt_019', NULL, 'BOOKED', 'stf_09', NULL, '2024-08-23 09:00:00-04'),
  ('apt_019', 'BOOKED', 'CHECKED_IN', 'stf_09', NULL, '2024-09-02 08:53:00-04'),
  ('apt_019', 'CHECKED_IN', 'COMPLETED', 'stf_07', NULL, '2024-09-02 10:30:00-04'),
  ('apt_020', NULL, 'BOOKED', 'stf_10', NULL, '2024-08-24 16:00:00-04'),
  ('apt_020', 'BOOKED', 'LATE_CANCELLED', 'stf_10', 'Patient called to cancel', '2024-09-03 14:00:00-04'),
  ('apt_021', NULL, 'BOOKED', 'stf_10', NULL, '2024-08-25 10:00:00-04'),
  ('apt_021', 'BOOKED', 'CHECKED_IN', 'stf_10', NULL, '2024-09-04 09:53:00-04'),
  ('apt_021', 'CHECKED_IN', 'COMPLETED', 'stf_04', NULL, '2024-09-04 11:00:00-04'),
  ('apt_022', NULL, 'BOOKED', NULL, NULL, '2024-09-07 09:00:00-04'),
  ('apt_022', 'BOOKED', 'CHECKED_IN', NULL, NULL, '2024-09-17 08:53:00-04'),
  ('apt_022', 'CHECKED_IN', 'COMPLETED', 'stf_08', NULL, '2024-09-17 09:20:00-04'),
  ('apt_023', NULL, 'BOOKED', 'stf_09', NULL, '2024-09-08 12:00:00-04'),
  ('apt_023', 'BOOKED', 'CHECKED_IN', 'stf_09', NULL, '2024-09-18 11:53:00-04'),
  ('apt_023', 'CHECKED_IN', 'COMPLETED', 'stf_02', NULL, '2024-09-18 12:30:00-04'),
  ('apt_024', NULL, 'BOOKED', 'stf_09', NULL, '2024-09-13 10:00:00-04'),
  ('apt_024', 'BOOKED', 'CHECKED_IN', 'stf_09', NULL, '2024-09-23 09:53:00-04'),
  ('apt_024', 'CHECKED_IN', 'COMPLETED', 'stf_05', NULL, '2024-09-23 11:15:00-04'),
  ('apt_025', NULL, 'BOOKED', 'stf_09', NULL, '2024-09-15 14:00:00-04'),
  ('apt_025', 'BOOKED', 'CHECKED_IN', 'stf_09', NULL, '2024-09-25 13:53:00-04'),
  ('apt_025', 'CHECKED_IN', 'COMPLETED', 'stf_01', NULL, '2024-09-25 14:30:00-04'),
  ('apt_026', NULL, 'BOOKED', NULL, NULL, '2024-09-16 11:00:00-04'),
  ('apt_026', 'BOOKED', 'CHECKED_IN', NULL, NULL, '2024-09-26 10:53:00-04'),
  ('apt_026', 'CHECKED_IN', 'COMPLETED', 'stf_06', NULL, '2024-09-26 12:00:00-04'),
  ('apt_027', NULL, 'BOOKED', 'stf_09', NULL, '2024-09-22 15:00:00-04'),
  ('apt_027', 'BOOKED', 'CONFIRMED', NULL, 'Patient replied C to SMS reminder', '2024-10-01 13:00:00-04'),
  ('apt_028', NULL, 'BOOKED', 'stf_10', NULL, '2024-09-27 11:00:00-04'),
  ('apt_028', 'BOOKED', 'CONFIRMED', NULL, 'Patient replied C to SMS reminder', '2024-10-06 09:00:00-04'),
  ('apt_029', NULL, 'BOOKED', 'stf_10', NULL, '2024-09-27 09:00:00-04'),
  ('apt_030', NULL, 'BOOKED', NULL, NULL, '2024-09-28 09:00:00-04'),
  ('apt_031', NULL, 'REQUESTED', 'stf_09', NULL, '2024-10-06 09:00:00-04'),
  ('apt_032', NULL, 'BOOKED', 'stf_10', NULL, '2024-10-04 14:00:00-04'),
  ('apt_033', NULL, 'BOOKED', 'stf_09', NULL, '2024-10-08 10:00:00-04'),
  ('apt_034', NULL, 'BOOKED', NULL, NULL, '2024-10-07 09:00:00-04');

-- Waitlist
INSERT INTO "WaitlistEntry" ("id", "patientId", "locationId", "appointmentTypeId", "preferredProviderId", "bookedAppointmentId", "status", "preferredTimeOfDay", "preferredDays", "earliestDate", "latestDate", "priority", "notes", "createdAt", "updatedAt") VALUES
  ('wl_01', 'pat_21', 'loc_downtown', 'at_inj', 'stf_02', NULL, 'WAITING', 'MORNING', '{MONDAY,WEDNESDAY}', '2024-10-01', '2024-10-31', 1, NULL, '2024-09-10 12:00:00', '2024-09-25 12:00:00'),
  ('wl_02', 'pat_16', 'loc_riverside', 'at_laser', NULL, NULL, 'OFFERED', 'AFTERNOON', '{TUESDAY,THURSDAY}', '2024-10-07', NULL, 0, 'Offered Thursday 3pm slot', '2024-09-10 12:00:00', '2024-09-25 12:00:00'),
  ('wl_03', 'pat_15', 'loc_downtown', 'at_laser', 'stf_07', 'apt_030', 'BOOKED', 'ANY', '{}', NULL, NULL, 0, NULL, '2024-09-10 12:00:00', '2024-09-25 12:00:00'),
  ('wl_04', 'pat_23', 'loc_downtown', 'at_facial', 'stf_05', NULL, 'EXPIRED', 'EVENING', '{THURSDAY}', '2024-08-01', '2024-08-31', 0, NULL, '2024-09-10 12:00:00', '2024-09-25 12:00:00'),
  ('wl_05', 'pat_10', 'loc_downtown', 'at_consult', NULL, NULL, 'REMOVED', 'ANY', '{FRIDAY,SATURDAY}', NULL, NULL, 0, 'Patient no longer interested', '2024-09-10 12:00:00', '2024-09-25 12:00:00'),
  ('wl_06', 'pat_24', 'loc_riverside', NULL, 'stf_03', NULL, 'WAITING', 'AFTERNOON', '{SATURDAY}', '2024-10-05', '2024-11-30', 2, NULL, '2024-09-10 12:00:00', '2024-09-25 12:00:00');

-- Appointment reminders
INSERT INTO "Reminder" ("id", "appointmentId", "channel", "status", "offsetMinutes", "sendAt", "sentAt", "providerMessageId", "error") VALUES
  ('rem_001', 'apt_001', 'SMS', 'DELIVERED', 1440, '2024-08-18 10:00:00-04', '2024-08-18 10:00:00-04', 'test-msg-0001', NULL),
  ('rem_002', 'apt_002', 'SMS', 'DELIVERED', 1440, '2024-08-18 11:00:00-04', '2024-08-18 11:00:00-04', 'test-msg-0002', NULL),
  ('rem_003', 'apt_003', 'SMS', 'DELIVERED', 1440, '2024-08-19 09:00:00-04', '2024-08-19 09:00:00-04', 'test-msg-0003', NULL),
  ('rem_004', 'apt_003', 'EMAIL', 'SENT', 4320, '2024-08-17 09:00:00-04', '2024-08-17 09:00:00-04', 'test-msg-0004', NULL),
  ('rem_005', 'apt_004', 'SMS', 'DELIVERED', 1440, '2024-08-19 13:00:00-04', '2024-08-19 13:00:00-04', 'test-msg-0005', NULL),
  ('rem_006', 'apt_005', 'SMS', 'FAILED', 1440, '2024-08-20 14:00:00-04', NULL, NULL, 'Carrier rejected message (test number)'),
  ('rem_007', 'apt_006', 'SMS', 'DELIVERED', 1440, '2024-08-21 10:00:00-04', '2024-08-21 10:00:00-04', 'test-msg-0007', NULL),
  ('rem_008', 'apt_006', 'EMAIL', 'SENT', 4320, '2024-08-19 10:00:00-04', '2024-08-19 10:00:00-04', 'test-msg-0008', NULL),
  ('rem_009', 'apt_007', 'SMS', 'DELIVERED', 1440, '2024-08-21 15:00:00-04', '2024-08-21 15:00:00-04', 'test-msg-0009', NULL),
  ('rem_010', 'apt_008', 'SMS', 'DELIVERED', 1440, '2024-08-22 09:00:00-04', '2024-08-22 09:00:00-04', 'test-msg-0010', NULL),
  ('rem_011', 'apt_009', 'SMS', 'DELIVERED', 1440, '2024-08-25 11:00:00-04', '2024-08-25 11:00:00-04', 'test-msg-0011', NULL),
  ('rem_012', 'apt_009', 'EMAIL', 'SENT', 4320, '2024-08-23 11:00:00-04', '2024-08-23 11:00:00-04', 'test-msg-0012', NULL),
  ('rem_013', 'apt_010', 'SMS', 'CANCELLED', 1440, '2024-08-25 16:00:00-04', NULL, NULL, NULL),
  ('rem_014', 'apt_010', 'EMAIL', 'SENT', 4320, '2024-08-23 16:00:00-04', '2024-08-23 16:00:00-04', 'test-msg-0014', NULL),
  ('rem_015', 'apt_011', 'SMS', 'DELIVERED', 1440, '2024-08-25 10:00:00-04', '2024-08-25 10:00:00-04', 'test-msg-0015', NULL),
  ('rem_016', 'apt_012', 'SMS', 'DELIVERED', 1440, '2024-08-26 12:00:00-04', '2024-08-26 12:00:00-04', 'test-msg-0016', NULL),
  ('rem_017', 'apt_013', 'SMS', 'DELIVERED', 1440, '2024-08-27 14:00:00-04', '2024-08-27 14:00:00-04', 'test-msg-0017', NULL),
  ('rem_018', 'apt_013', 'EMAIL', 'SENT', 4320, '2024-08-25 14:00:00-04', '2024-08-25 14:00:00-04', 'test-msg-0018', NULL),
  ('rem_019', 'apt_014', 'SMS', 'DELIVERED', 1440, '2024-08-28 10:00:00-04', '2024-08-28 10:00:00-04', 'test-msg-0019', NULL),
  ('rem_020', 'apt_015', 'SMS', 'DELIVERED', 1440, '2024-08-28 15:00:00-04', '2024-08-28 15:00:00-04', 'test-msg-0020', NULL),
  ('rem_021', 'apt_016', 'SMS', 'DELIVERED', 1440, '2024-08-29 09:00:00-04', '2024-08-29 09:00:00-04', 'test-msg-0021', NULL),
  ('rem_022', 'apt_016', 'EMAIL', 'SENT', 4320, '2024-08-27 09:00:00-04', '2024-08-27 09:00:00-04', 'test-msg-0022', NULL),
  ('rem_023', 'apt_017', 'SMS', 'DELIVERED', 1440, '2024-09-01 11:00:00-04', '2024-09-01 11:00:00-04', 'test-msg-0023', NULL),
  ('rem_024', 'apt_018', 'SMS', 'DELIVERED', 1440, '2024-09-01 13:00:00-04', '2024-09-01 13:00:00-04', 'test-msg-0024', NULL),
  ('rem_025', 'apt_019', 'SMS', 'DELIVERED', 1440, '2024-09-01 09:00:00-04', '2024-09-01 09:00:00-04', 'test-msg-0025', NULL),
  ('rem_026', 'apt_019', 'EMAIL', 'SENT', 4320, '2024-08-30 09:00:00-04', '2024-08-30 09:00:00-04', 'test-msg-0026', NULL),
  ('rem_027', 'apt_020', 'SMS', 'DELIVERED', 1440, '2024-09-02 16:00:00-04', '2024-09-02 16:00:00-04', 'test-msg-0027', NULL),
  ('rem_028', 'apt_020', 'EMAIL', 'SENT', 4320, '2024-08-31 16:00:00-04', '2024-08-31 16:00:00-04', 'test-msg-0028', NULL),
  ('rem_029', 'apt_021', 'SMS', 'DELIVERED', 1440, '2024-09-03 10:00:00-04', '2024-09-03 10:00:00-04', 'test-msg-0029', NULL),
  ('rem_030', 'apt_022', 'SMS', 'DELIVERED', 1440, '2024-09-16 09:00:00-04', '2024-09-16 09:00:00-04', 'test-msg-0030', NULL),
  ('rem_031', 'apt_023', 'SMS', 'DELIVERED', 1440, '2024-09-17 12:00:00-04', '2024-09-17 12:00:00-04', 'test-msg-0031', NULL),
  ('rem_032', 'apt_023', 'EMAIL', 'SENT', 4320, '2024-09-15 12:00:00-04', '2024-09-15 12:00:00-04', 'test-msg-0032', NULL),
  ('rem_033', 'apt_024', 'SMS', 'DELIVERED', 1440, '2024-09-22 10:00:00-04', '2024-09-22 10:00:00-04', 'test-msg-0033', NULL),
  ('rem_034', 'apt_025', 'SMS', 'DELIVERED', 1440, '2024-09-24 14:00:00-04', '2024-09-24 14:00:00-04', 'test-msg-0034', NULL),
  ('rem_035', 'apt_026', 'SMS', 'DELIVERED', 1440, '2024-09-25 11:00:00-04', '2024-09-25 11:00:00-04', 'test-msg-0035', NULL),
  ('rem_036', 'apt_026', 'EMAIL', 'SENT', 4320, '2024-09-23 11:00:00-04', '2024-09-23 11:00:00-04', 'test-msg-0036', NULL),
  ('rem_037', 'apt_027', 'SMS', 'SCHEDULED', 1440, '2024-10-01 15:00:00-04', NULL, NULL, NULL),
  ('rem_038', 'apt_028', 'SMS', 'SCHEDULED', 1440, '2024-10-06 11:00:00-04', NULL, NULL, NULL),
  ('rem_039', 'apt_029', 'SMS', 'SCHEDULED', 1440, '2024-10-06 09:00:00-04', NULL, NULL, NULL),
  ('rem_040', 'apt_029', 'EMAIL', 'SCHEDULED', 4320, '2024-10-04 09:00:00-04', NULL, NULL, NULL),
  ('rem_041', 'apt_030', 'SMS', 'SCHEDULED', 1440, '2024-10-07 09:00:00-04', NULL, NULL, NULL),
  ('rem_042', 'apt_030', 'EMAIL', 'SCHEDULED', 4320, '2024-10-05 09:00:00-04', NULL, NULL, NULL),
  ('rem_043', 'apt_032', 'SMS', 'SCHEDULED', 1440, '2024-10-13 14:00:00-04', NULL, NULL, NULL),
  ('rem_044', 'apt_033', 'SMS', 'SCHEDULED', 1440, '2024-10-17 10:00:00-04', NULL, NULL, NULL),
  ('rem_045', 'apt_033', 'EMAIL', 'SCHEDULED', 4320, '2024-10-15 10:00:00-04', NULL, NULL, NULL),
  ('rem_046', 'apt_034', 'SMS', 'SCHEDULED', 1440, '2024-10-16 09:00:00-04', NULL, NULL, NULL);

-- Treatment plans
INSERT INTO "TreatmentPlan" ("id", "patientId", "providerId", "title", "status", "goals", "estimatedTotal", "presentedAt", "acceptedAt", "notes", "createdAt", "updatedAt") VALUES
  ('tp_01', 'pat_01', 'stf_02', 'Upper-face refresh', 'IN_PROGRESS', '{"soften forehead lines","restore lip volume"}', 1000.00, '2024-08-19 11:30:00', '2024-08-19 11:45:00', NULL, '2024-08-19 11:00:00', '2024-09-01 10:00:00'),
  ('tp_02', 'pat_03', 'stf_08', 'Underarm hair reduction', 'IN_PROGRESS', '{"6 sessions, 4-6 weeks apart"}', 750.00, '2024-08-19 11:30:00', '2024-08-19 11:45:00', NULL, '2024-08-19 11:00:00', '2024-09-01 10:00:00'),
  ('tp_03', 'pat_11', 'stf_05', 'Acne scar revision', 'IN_PROGRESS', '{"improve texture","reduce rolling scars"}', 1950.00, '2024-08-19 11:30:00', '2024-08-19 11:45:00', NULL, '2024-08-19 11:00:00', '2024-09-01 10:00:00'),
  ('tp_04', 'pat_14', 'stf_03', 'Post-pregnancy skin plan', 'PROPOSED', '{"wait until after nursing","start with facials"}', 597.00, '2024-08-19 11:30:00', NULL, NULL, '2024-08-19 11:00:00', '2024-09-01 10:00:00'),
  ('tp_05', 'pat_18', 'stf_07', 'Full-face resurfacing', 'ACCEPTED', '{"sun damage","fine lines"}', 3000.00, '2024-08-19 11:30:00', '2024-08-19 11:45:00', NULL, '2024-08-19 11:00:00', '2024-09-01 10:00:00'),
  ('tp_06', 'pat_02', 'stf_01', 'Preventative injectables', 'DECLINED', '{"maintenance every 3-4 months"}', 1120.00, '2024-08-19 11:30:00', NULL, NULL, '2024-08-19 11:00:00', '2024-09-01 10:00:00');

-- Treatment plan items
INSERT INTO "TreatmentPlanItem" ("id", "planId", "serviceId", "sessions", "intervalWeeks", "unitPrice", "sortOrder", "notes") VALUES
  ('tpi_01', 'tp_01', 'svc_ntx_fh', 1, NULL, 300.00, 0, NULL),
  ('tpi_02', 'tp_01', 'svc_fil_lip', 1, NULL, 700.00, 1, NULL),
  ('tpi_03', 'tp_02', 'svc_lhr_sm', 6, 5, 125.00, 0, NULL),
  ('tpi_04', 'tp_03', 'svc_mn', 3, 6, 650.00, 0, NULL),
  ('tpi_05', 'tp_04', 'svc_hyd', 3, 4, 199.00, 0, NULL),
  ('tpi_06', 'tp_05', 'svc_co2', 2, 12, 1500.00, 0, NULL),
  ('tpi_07', 'tp_06', 'svc_ntx_fh', 2, 14, 300.00, 0, NULL),
  ('tpi_08', 'tp_06', 'svc_ntx_gl', 2, 14, 260.00, 1, NULL);

-- Products: injectables and retail
INSERT INTO "products" ("id", "sku", "name", "manufacturer", "category", "unit", "unitPrice", "unitCost", "isActive") VALUES
  ('prd_ntx_a', 'NTX-A-100', 'Neurotoxin type A, 100 U vial', 'Sample Pharma Co.', 'NEUROTOXIN', 'UNITS', 14.00, 4.50, true),
  ('prd_ntx_b', 'NTX-B-50', 'Neurotoxin type A, 50 U vial', 'Placeholder Biologics', 'NEUROTOXIN', 'UNITS', 13.00, 4.25, true),
  ('prd_ha_lip', 'HA-LIP-1', 'Hyaluronic acid filler, lips 1 mL', 'Sample Pharma Co.', 'DERMAL_FILLER', 'SYRINGE', 700.00, 250.00, true),
  ('prd_ha_vol', 'HA-VOL-1', 'Hyaluronic acid filler, volumising 1 mL', 'Sample Pharma Co.', 'DERMAL_FILLER', 'SYRINGE', 700.00, 250.00, true),
  ('prd_plla', 'PLLA-VIAL', 'Poly-L-lactic acid biostimulator', 'Placeholder Biologics', 'BIOSTIMULATOR', 'VIAL', 900.00, 320.00, true),
  ('prd_vitc', 'SKN-VITC-30', 'Vitamin C serum 30 mL', 'Example Skin Lab', 'SKINCARE', 'EACH', 98.00, 32.00, true),
  ('prd_spf', 'SKN-SPF50', 'Mineral sunscreen SPF 50', 'Example Skin Lab', 'SKINCARE', 'EACH', 45.00, 14.00, true),
  ('prd_ret', 'SKN-RET-05', 'Retinol night cream 0.5%', 'Example Skin Lab', 'SKINCARE', 'EACH', 76.00, 22.00, true),
  ('prd_mask', 'SKN-MASK-5', 'Hydrating sheet masks, 5 pack', 'Example Skin Lab', 'SKINCARE', 'EACH', 35.00, 9.00, true),
  ('prd_coll', 'SUP-COLL-30', 'Collagen supplement, 30 servings', 'Demo Nutrition', 'SUPPLEMENT', 'EACH', 59.00, 18.00, true);

-- Injectable lots
INSERT INTO "injectable_lots" ("id", "product_id", "location_id", "lot_number", "expires_on", "received_on", "quantity_received", "quantity_remaining", "status", "created_at") VALUES
  ('lot_01', 'prd_ntx_a', 'loc_downtown', 'LOT-TEST-A001', '2025-03-31', '2024-07-01', 400.00, 212.00, 'IN_STOCK', '2024-07-01 14:00:00'),
  ('lot_02', 'prd_ntx_a', 'loc_riverside', 'LOT-TEST-A002', '2025-04-30', '2024-07-15', 300.00, 236.00, 'IN_STOCK', '2024-07-15 14:00:00'),
  ('lot_03', 'prd_ntx_b', 'loc_downtown', 'LOT-TEST-B001', '2024-09-15', '2024-03-01', 200.00, 0.00, 'DEPLETED', '2024-03-01 14:00:00'),
  ('lot_04', 'prd_ha_lip', 'loc_downtown', 'LOT-TEST-L001', '2025-12-31', '2024-06-10', 10.00, 8.00, 'IN_STOCK', '2024-06-10 14:00:00'),
  ('lot_05', 'prd_ha_lip', 'loc_riverside', 'LOT-TEST-L002', '2025-11-30', '2024-06-10', 6.00, 5.00, 'IN_STOCK', '2024-06-10 14:00:00'),
  ('lot_06', 'prd_ha_vol', 'loc_riverside', 'LOT-TEST-V001', '2026-01-31', '2024-08-01', 8.00, 6.00, 'IN_STOCK', '2024-08-01 14:00:00'),
  ('lot_07', 'prd_plla', 'loc_downtown', 'LOT-TEST-P001', '2025-08-31', '2024-05-05', 4.00, 2.00, 'IN_STOCK', '2024-05-05 14:00:00'),
  ('lot_08', 'prd_ntx_a', 'loc_downtown', 'LOT-TEST-A003', '2024-06-30', '2023-12-01', 200.00, 0.00, 'EXPIRED', '2023-12-01 14:00:00'),
  ('lot_09', 'prd_ha_vol', 'loc_downtown', 'LOT-TEST-V002', '2025-10-31', '2024-08-20', 5.00, 5.00, 'QUARANTINED', '2024-08-20 14:00:00');

-- Treatment records for completed appointments
INSERT INTO "TreatmentRecord" ("id", "patientId", "providerId", "appointmentId", "serviceId", "status", "performedAt", "treatmentAreas", "deviceSettings", "notes", "complications", "signedAt", "createdAt", "updatedAt") VALUES
  ('tr_01', 'pat_01', 'stf_02', 'apt_001', 'svc_ntx_fh', 'SIGNED', '2024-08-19 10:00:00-04', '{FOREHEAD}', NULL, 'Tolerated well.', 'Mild erythema, resolved before discharge.', '2024-08-19 10:30:00-04', '2024-08-19 10:30:00', '2024-08-19 10:30:00'),
  ('tr_02', 'pat_03', 'stf_08', 'apt_003', 'svc_lhr_sm', 'SIGNED', '2024-08-20 09:00:00-04', '{underarms}', '{"device": "diode", "fluenceJcm2": 18, "pulseMs": 30, "spotMm": 12}', 'Tolerated well.', NULL, '2024-08-20 09:20:00-04', '2024-08-20 09:20:00', '2024-08-20 09:20:00'),
  ('tr_03', 'pat_04', 'stf_05', 'apt_004', 'svc_hyd', 'SIGNED', '2024-08-20 13:00:00-04', '{"full face"}', NULL, 'Tolerated well.', NULL, '2024-08-20 14:00:00-04', '2024-08-20 14:00:00', '2024-08-20 14:00:00'),
  ('tr_04', 'pat_05', 'stf_04', 'apt_005', 'svc_fil_lip', 'SIGNED', '2024-08-21 14:00:00-04', '{LIPS}', NULL, 'Tolerated well.', NULL, '2024-08-21 14:45:00-04', '2024-08-21 14:45:00', '2024-08-21 14:45:00'),
  ('tr_05', 'pat_06', 'stf_03', 'apt_006', 'svc_ntx_gl', 'SIGNED', '2024-08-22 10:00:00-04', '{GLABELLA}', NULL, 'Tolerated well.', NULL, '2024-08-22 10:30:00-04', '2024-08-22 10:30:00', '2024-08-22 10:30:00'),
  ('tr_06', 'pat_07', 'stf_07', 'apt_007', 'svc_ipl', 'SIGNED', '2024-08-22 15:00:00-04', '{"full face"}', '{"device": "ipl", "filterNm": 560, "fluenceJcm2": 14}', 'Tolerated well.', NULL, '2024-08-22 15:45:00-04', '2024-08-22 15:45:00', '2024-08-22 15:45:00'),
  ('tr_07', 'pat_09', 'stf_08', 'apt_009', 'svc_cryo', 'DRAFT', '2024-08-26 11:00:00-04', '{abdomen}', '{"applicator": "medium", "minutes": 35, "tempC": -11}', 'Tolerated well.', NULL, NULL, '2024-08-26 12:00:00', '2024-08-26 12:00:00'),
  ('tr_08', 'pat_11', 'stf_05', 'apt_011', 'svc_mn', 'SIGNED', '2024-08-26 10:00:00-04', '{"full face"}', '{"device": "rf-microneedling", "depthMm": 2.0, "energyLevel": 4}', 'Tolerated well.', NULL, '2024-08-26 11:15:00-04', '2024-08-26 11:15:00', '2024-08-26 11:15:00'),
  ('tr_09', 'pat_12', 'stf_04', 'apt_012', 'svc_ntx_cf', 'SIGNED', '2024-08-27 12:00:00-04', '{CROWS_FEET,BUNNY_LINES}', NULL, 'Tolerated well.', NULL, '2024-08-27 12:30:00-04', '2024-08-27 12:30:00', '2024-08-27 12:30:00'),
  ('tr_10', 'pat_01', 'stf_02', 'apt_013', 'svc_fil_lip', 'SIGNED', '2024-08-28 14:00:00-04', '{LIPS}', NULL, 'Tolerated well.', 'Mild erythema, resolved before discharge.', '2024-08-28 14:45:00-04', '2024-08-28 14:45:00', '2024-08-28 14:45:00'),
  ('tr_11', 'pat_13', 'stf_06', 'apt_014', 'svc_hyd', 'SIGNED', '2024-08-29 10:00:00-04', '{"full face"}', NULL, 'Tolerated well.', NULL, '2024-08-29 11:00:00-04', '2024-08-29 11:00:00', '2024-08-29 11:00:00'),
  ('tr_12', 'pat_15', 'stf_07', 'apt_016', 'svc_lhr_lg', 'SIGNED', '2024-08-30 09:00:00-04', '{"lower legs"}', '{"device": "diode", "fluenceJcm2": 16, "pulseMs": 30, "spotMm": 18}', 'Tolerated well.', NULL, '2024-08-30 09:45:00-04', '2024-08-30 09:45:00', '2024-08-30 09:45:00'),
  ('tr_13', 'pat_16', 'stf_01', 'apt_017', 'svc_ntx_fh', 'SIGNED', '2024-09-02 11:00:00-04', '{FOREHEAD}', NULL, 'Tolerated well.', NULL, '2024-09-02 11:30:00-04', '2024-09-02 11:30:00', '2024-09-02 11:30:00'),
  ('tr_14', 'pat_17', 'stf_02', 'apt_018', 'svc_bio', 'DRAFT', '2024-09-02 13:00:00-04', '{JAWLINE,CHEEKS}', NULL, 'Tolerated well.', NULL, NULL, '2024-09-02 14:00:00', '2024-09-02 14:00:00'),
  ('tr_15', 'pat_18', 'stf_07', 'apt_019', 'svc_co2', 'SIGNED', '2024-09-02 09:00:00-04', '{"full face"}', '{"device": "co2", "energyMj": 20, "densityPercent": 10}', 'Tolerated well.', NULL, '2024-09-02 10:30:00-04', '2024-09-02 10:30:00', '2024-09-02 10:30:00'),
  ('tr_16', 'pat_20', 'stf_04', 'apt_021', 'svc_fil_chk', 'SIGNED', '2024-09-04 10:00:00-04', '{CHEEKS}', NULL, 'Tolerated well.', NULL, '2024-09-04 11:00:00-04', '2024-09-04 11:00:00', '2024-09-04 11:00:00'),
  ('tr_17', 'pat_03', 'stf_08', 'apt_022', 'svc_lhr_sm', 'SIGNED', '2024-09-17 09:00:00-04', '{underarms}', '{"device": "diode", "fluenceJcm2": 18, "pulseMs": 30, "spotMm": 12}', 'Tolerated well.', NULL, '2024-09-17 09:20:00-04', '2024-09-17 09:20:00', '2024-09-17 09:20:00'),
  ('tr_18', 'pat_24', 'stf_02', 'apt_023', 'svc_ntx_gl', 'SIGNED', '2024-09-18 12:00:00-04', '{GLABELLA}', NULL, 'Tolerated well.', NULL, '2024-09-18 12:30:00-04', '2024-09-18 12:30:00', '2024-09-18 12:30:00'),
  ('tr_19', 'pat_11', 'stf_05', 'apt_024', 'svc_mn', 'SIGNED', '2024-09-23 10:00:00-04', '{"full face"}', '{"device": "rf-microneedling", "depthMm": 2.0, "energyLevel": 4}', 'Tolerated well.', 'Mild erythema, resolved before discharge.', '2024-09-23 11:15:00-04', '2024-09-23 11:15:00', '2024-09-23 11:15:00'),
  ('tr_20', 'pat_02', 'stf_01', 'apt_025', 'svc_ntx_fh', 'SIGNED', '2024-09-25 14:00:00-04', '{FOREHEAD}', NULL, 'Tolerated well.', NULL, '2024-09-25 14:30:00-04', '2024-09-25 14:30:00', '2024-09-25 14:30:00'),
  ('tr_21', 'pat_06', 'stf_06', 'apt_026', 'svc_hyd', 'DRAFT', '2024-09-26 11:00:00-04', '{"full face"}', NULL, 'Tolerated well.', NULL, NULL, '2024-09-26 12:00:00', '2024-09-26 12:00:00');

-- Injectable units used per site (id comes from its sequence)
INSERT INTO "InjectableUsage" ("treatmentRecordId", "lotId", "site", "units", "depth", "technique", "notes") VALUES
  ('tr_01', 'lot_01', 'FOREHEAD', 10.00, 'intramuscular', '30G needle', NULL),
  ('tr_04', 'lot_05', 'LIPS', 1.00, 'subdermal', '27G cannula', NULL),
  ('tr_05', 'lot_02', 'GLABELLA', 20.00, 'intramuscular', '30G needle', NULL),
  ('tr_09', 'lot_02', 'CROWS_FEET', 12.00, 'intramuscular', '30G needle', NULL),
  ('tr_09', 'lot_02', 'BUNNY_LINES', 4.00, 'intramuscular', '30G needle', NULL),
  ('tr_10', 'lot_04', 'LIPS', 1.00, 'subdermal', '27G cannula', NULL),
  ('tr_13', 'lot_01', 'FOREHEAD', 10.00, 'intramuscular', '30G needle', NULL),
  ('tr_14', 'lot_07', 'JAWLINE', 1.00, 'subdermal', '27G cannula', NULL),
  ('tr_14', 'lot_07', 'CHEEKS', 1.00, 'subdermal', '27G cannula', NULL),
  ('tr_16', 'lot_06', 'CHEEKS', 2.00, 'subdermal', '27G cannula', NULL),
  ('tr_18', 'lot_01', 'GLABELLA', 20.00, 'intramuscular', '30G needle', NULL),
  ('tr_20', 'lot_01', 'FOREHEAD', 10.00, 'intramuscular', '30G needle', NULL);

-- Clinical photos (storage keys only)
INSERT INTO "ClinicalPhoto" ("id", "patientId", "treatmentRecordId", "takenById", "type", "angle", "storageKey", "contentType", "widthPx", "heightPx", "consentToMarketing", "annotations", "takenAt") VALUES
  ('ph_01', 'pat_01', 'tr_01', 'stf_02', 'BEFORE', 'FRONT', 'clinical-photos/pat_01/tr_01-before-front.jpg', 'image/jpeg', 3024, 4032, true, '{"markers": [{"x": 0.42, "y": 0.31, "label": "injection point"}]}', '2024-08-19 10:00:00-04'),
  ('ph_02', 'pat_01', 'tr_01', 'stf_02', 'AFTER', 'FRONT', 'clinical-photos/pat_01/tr_01-after-front.jpg', 'image/jpeg', 3024, 4032, true, NULL, '2024-08-19 10:30:00-04'),
  ('ph_03', 'pat_04', 'tr_03', 'stf_05', 'BEFORE', 'FRONT', 'clinical-photos/pat_04/tr_03-before-front.jpg', 'image/jpeg', 3024, 4032, false, NULL, '2024-08-20 13:00:00-04'),
  ('ph_04', 'pat_04', 'tr_03', 'stf_05', 'AFTER', 'FRONT', 'clinical-photos/pat_04/tr_03-after-front.jpg', 'image/jpeg', 3024, 4032, false, NULL, '2024-08-20 14:00:00-04'),
  ('ph_05', 'pat_06', 'tr_05', 'stf_03', 'BEFORE', 'FRONT', 'clinical-photos/pat_06/tr_05-before-front.jpg', 'image/jpeg', 3024, 4032, false, '{"markers": [{"x": 0.42, "y": 0.31, "label": "injection point"}]}', '2024-08-22 10:00:00-04'),
  ('ph_06', 'pat_06', 'tr_05', 'stf_03', 'AFTER', 'FRONT', 'clinical-photos/pat_06/tr_05-after-front.jpg', 'image/jpeg', 3024, 4032, false, NULL, '2024-08-22 10:30:00-04'),
  ('ph_07', 'pat_09', 'tr_07', 'stf_08', 'BEFORE', 'FRONT', 'clinical-photos/pat_09/tr_07-before-front.jpg', 'image/jpeg', 3024, 4032, false, NULL, '2024-08-26 11:00:00-04'),
  ('ph_08', 'pat_09', 'tr_07', 'stf_08', 'AFTER', 'FRONT', 'clinical-photos/pat_09/tr_07-after-front.jpg', 'image/jpeg', 3024, 4032, false, NULL, '2024-08-26 12:00:00-04'),
  ('ph_09', 'pat_12', 'tr_09', 'stf_04', 'BEFORE', 'FRONT', 'clinical-photos/pat_12/tr_09-before-front.jpg', 'image/jpeg', 3024, 4032, false, '{"markers": [{"x": 0.42, "y": 0.31, "label": "injection point"}]}', '2024-08-27 12:00:00-04'),
  ('ph_10', 'pat_12', 'tr_09', 'stf_04', 'AFTER', 'FRONT', 'clinical-photos/pat_12/tr_09-after-front.jpg', 'image/jpeg', 3024, 4032, false, NULL, '2024-08-27 12:30:00-04'),
  ('ph_11', 'pat_13', 'tr_11', 'stf_06', 'BEFORE', 'FRONT', 'clinical-photos/pat_13/tr_11-before-front.jpg', 'image/jpeg', 3024, 4032, false, NULL, '2024-08-29 10:00:00-04'),
  ('ph_12', 'pat_13', 'tr_11', 'stf_06', 'AFTER', 'FRONT', 'clinical-photos/pat_13/tr_11-after-front.jpg', 'image/jpeg', 3024, 4032, false, NULL, '2024-08-29 11:00:00-04'),
  ('ph_13', 'pat_16', 'tr_13', 'stf_01', 'BEFORE', 'FRONT', 'clinical-photos/pat_16/tr_13-before-front.jpg', 'image/jpeg', 3024, 4032, false, '{"markers": [{"x": 0.42, "y": 0.31, "label": "injection point"}]}', '2024-09-02 11:00:00-04'),
  ('ph_14', 'pat_16', 'tr_13', 'stf_01', 'AFTER', 'FRONT', 'clinical-photos/pat_16/tr_13-after-front.jpg', 'image/jpeg', 3024, 4032, false, NULL, '2024-09-02 11:30:00-04'),
  ('ph_15', 'pat_18', 'tr_15', 'stf_07', 'BEFORE', 'FRONT', 'clinical-photos/pat_18/tr_15-before-front.jpg', 'image/jpeg', 3024, 4032, false, NULL, '2024-09-02 09:00:00-04'),
  ('ph_16', 'pat_18', 'tr_15', 'stf_07', 'AFTER', 'FRONT', 'clinical-photos/pat_18/tr_15-after-front.jpg', 'image/jpeg', 3024, 4032, false, NULL, '2024-09-02 10:30:00-04'),
  ('ph_17', 'pat_03', 'tr_17', 'stf_08', 'BEFORE', 'FRONT', 'clinical-photos/pat_03/tr_17-before-front.jpg', 'image/jpeg', 3024, 4032, false, NULL, '2024-09-17 09:00:00-04'),
  ('ph_18', 'pat_03', 'tr_17', 'stf_08', 'AFTER', 'FRONT', 'clinical-photos/pat_03/tr_17-after-front.jpg', 'image/jpeg', 3024, 4032, false, NULL, '2024-09-17 09:20:00-04'),
  ('ph_19', 'pat_11', 'tr_19', 'stf_05', 'BEFORE', 'FRONT', 'clinical-photos/pat_11/tr_19-before-front.jpg', 'image/jpeg', 3024, 4032, false, NULL, '2024-09-23 10:00:00-04'),
  ('ph_20', 'pat_11', 'tr_19', 'stf_05', 'AFTER', 'FRONT', 'clinical-photos/pat_11/tr_19-after-front.jpg', 'image/jpeg', 3024, 4032, false, NULL, '2024-09-23 11:15:00-04'),
  ('ph_21', 'pat_06', 'tr_21', 'stf_06', 'BEFORE', 'FRONT', 'clinical-photos/pat_06/tr_21-before-front.jpg', 'image/jpeg', 3024, 4032, false, NULL, '2024-09-26 11:00:00-04'),
  ('ph_22', 'pat_06', 'tr_21', 'stf_06', 'AFTER', 'FRONT', 'clinical-photos/pat_06/tr_21-after-front.jpg', 'image/jpeg', 3024, 4032, false, NULL, '2024-09-26 12:00:00-04'),
  ('ph_23', 'pat_11', NULL, 'stf_05', 'PROGRESS', 'LEFT_45', 'clinical-photos/pat_11/progress-left45.jpg', 'image/heic', NULL, NULL, false, NULL, '2024-09-23 10:05:00-04');

-- SOAP notes
INSERT INTO "soap_notes" ("id", "patientId", "appointmentId", "authorId", "status", "subjective", "objective", "assessment", "plan", "signedAt", "createdAt", "updatedAt") VALUES
  ('soap_01', 'pat_01', 'apt_001', 'stf_02', 'SIGNED', 'Patient requests treatment as planned; no new concerns.', 'Skin intact, no active lesions at treatment site.', 'Good candidate; no contraindications identified.', 'Proceed as charted; follow up in two weeks.', '2024-08-19 10:30:00-04', '2024-08-19 10:30:00', '2024-08-19 10:30:00'),
  ('soap_02', 'pat_03', 'apt_003', 'stf_08', 'SIGNED', 'Patient requests treatment as planned; no new concerns.', 'Skin intact, no active lesions at treatment site.', 'Good candidate; no contraindications identified.', 'Proceed as charted; follow up in two weeks.', '2024-08-20 09:20:00-04', '2024-08-20 09:20:00', '2024-08-20 09:20:00'),
  ('soap_03', 'pat_04', 'apt_004', 'stf_05', 'SIGNED', 'Patient requests treatment as planned; no new concerns.', 'Skin intact, no active lesions at treatment site.', 'Good candidate; no contraindications identified.', 'Proceed as charted; follow up in two weeks.', '2024-08-20 14:00:00-04', '2024-08-20 14:00:00', '2024-08-20 14:00:00'),
  ('soap_04', 'pat_05', 'apt_005', 'stf_04', 'SIGNED', 'Patient requests treatment as planned; no new concerns.', 'Skin intact, no active lesions at treatment site.', 'Good candidate; no contraindications identified.', 'Proceed as charted; follow up in two weeks.', '2024-08-21 14:45:00-04', '2024-08-21 14:45:00', '2024-08-21 14:45:00'),
  ('soap_05', 'pat_06', 'apt_006', 'stf_03', 'SIGNED', 'Patient requests treatment as planned; no new concerns.', 'Skin intact, no active lesions at treatment site.', 'Good candidate; no contraindications identified.', 'Proceed as charted; follow up in two weeks.', '2024-08-22 10:30:00-04', '2024-08-22 10:30:00', '2024-08-22 10:30:00'),
  ('soap_06', 'pat_07', 'apt_007', 'stf_07', 'SIGNED', 'Patient requests treatment as planned; no new concerns.', 'Skin intact, no active lesions at treatment site.', 'Good candidate; no contraindications identified.', 'Proceed as charted; follow up in two weeks.', '2024-08-22 15:45:00-04', '2024-08-22 15:45:00', '2024-08-22 15:45:00'),
  ('soap_07', 'pat_09', 'apt_009', 'stf_08', 'DRAFT', 'Patient requests treatment as planned; no new concerns.', 'Skin intact, no active lesions at treatment site.', 'Good candidate; no contraindications identified.', 'Proceed as charted; follow up in two weeks.', NULL, '2024-08-26 12:00:00', '2024-08-26 12:00:00'),
  ('soap_08', 'pat_11', 'apt_011', 'stf_05', 'SIGNED', 'Patient requests treatment as planned; no new concerns.', 'Skin intact, no active lesions at treatment site.', 'Good candidate; no contraindications identified.', 'Proceed as charted; follow up in two weeks.', '2024-08-26 11:15:00-04', '2024-08-26 11:15:00', '2024-08-26 11:15:00'),
  ('soap_09', 'pat_12', 'apt_012', 'stf_04', 'SIGNED', 'Patient requests treatment as planned; no new concerns.', 'Skin intact, no active lesions at treatment site.', 'Good candidate; no contraindications identified.', 'Proceed as charted; follow up in two weeks.', '2024-08-27 12:30:00-04', '2024-08-27 12:30:00', '2024-08-27 12:30:00'),
  ('soap_10', 'pat_01', 'apt_013', 'stf_02', 'SIGNED', 'Patient requests treatment as planned; no new concerns.', 'Skin intact, no active lesions at treatment site.', 'Good candidate; no contraindications identified.', 'Proceed as charted; follow up in two weeks.', '2024-08-28 14:45:00-04', '2024-08-28 14:45:00', '2024-08-28 14:45:00'),
  ('soap_11', 'pat_14', 'apt_015', 'stf_03', 'SIGNED', 'Interested in skin care after pregnancy.', 'Currently pregnant.', 'Injectables and lasers deferred.', 'Revisit after nursing; facials only for now.', '2024-08-29 15:40:00-04', '2024-08-29 15:35:00', '2024-08-29 15:40:00');

-- Form submissions: intake forms and per-visit consents
INSERT INTO "FormSubmission" ("id", "templateId", "patientId", "appointmentId", "status", "answers", "sentAt", "completedAt", "expiresAt", "ipAddress", "createdAt", "updatedAt") VALUES
  ('fs_01', 'ft_intake', 'pat_01', NULL, 'COMPLETED', '{"reason_for_visit": "Skin texture", "how_did_you_hear_about_us": "SEARCH_ENGINE", "i_confirm_the_information_above_is_accurate": true}', '2024-08-10 09:00:00', '2024-08-12 20:15:00', NULL, '192.0.2.10', '2024-08-10 09:00:00', '2024-08-12 20:15:00'),
  ('fs_02', 'ft_intake', 'pat_02', NULL, 'COMPLETED', '{"reason_for_visit": "Fine lines", "how_did_you_hear_about_us": "SOCIAL_MEDIA", "i_confirm_the_information_above_is_accurate": true}', '2024-08-10 09:00:00', '2024-08-12 20:15:00', NULL, '192.0.2.11', '2024-08-10 09:00:00', '2024-08-12 20:15:00'),
  ('fs_03', 'ft_intake', 'pat_03', NULL, 'COMPLETED', '{"reason_for_visit": "Skin texture", "how_did_you_hear_about_us": "WALK_IN", "i_confirm_the_information_above_is_accurate": true}', '2024-08-10 09:00:00', '2024-08-12 20:15:00', NULL, '192.0.2.12', '2024-08-10 09:00:00', '2024-08-12 20:15:00'),
  ('fs_04', 'ft_intake', 'pat_04', NULL, 'COMPLETED', '{"reason_for_visit": "Fine lines", "how_did_you_hear_about_us": "PATIENT_REFERRAL", "i_confirm_the_information_above_is_accurate": true}', '2024-08-10 09:00:00', '2024-08-12 20:15:00', NULL, '192.0.2.13', '2024-08-10 09:00:00', '2024-08-12 20:15:00'),
  ('fs_05', 'ft_intake', 'pat_05', NULL, 'COMPLETED', '{"reason_for_visit": "Skin texture", "how_did_you_hear_about_us": "OTHER", "i_confirm_the_information_above_is_accurate": true}', '2024-08-10 09:00:00', '2024-08-12 20:15:00', NULL, '192.0.2.14', '2024-08-10 09:00:00', '2024-08-12 20:15:00'),
  ('fs_06', 'ft_intake', 'pat_06', NULL, 'COMPLETED', '{"reason_for_visit": "Fine lines", "how_did_you_hear_about_us": "not given", "i_confirm_the_information_above_is_accurate": true}', '2024-08-10 09:00:00', '2024-08-12 20:15:00', NULL, '192.0.2.15', '2024-08-10 09:00:00', '2024-08-12 20:15:00'),
  ('fs_07', 'ft_intake', 'pat_07', NULL, 'COMPLETED', '{"reason_for_visit": "Skin texture", "how_did_you_hear_about_us": "SOCIAL_MEDIA", "i_confirm_the_information_above_is_accurate": true}', '2024-08-10 09:00:00', '2024-08-12 20:15:00', NULL, '192.0.2.16', '2024-08-10 09:00:00', '2024-08-12 20:15:00'),
  ('fs_08', 'ft_intake', 'pat_08', NULL, 'COMPLETED', '{"reason_for_visit": "Fine lines", "how_did_you_hear_about_us": "PATIENT_REFERRAL", "i_confirm_the_information_above_is_accurate": true}', '2024-08-10 09:00:00', '2024-08-12 20:15:00', NULL, '192.0.2.17', '2024-08-10 09:00:00', '2024-08-12 20:15:00'),
  ('fs_09', 'ft_intake', 'pat_09', NULL, 'COMPLETED', '{"reason_for_visit": "Skin texture", "how_did_you_hear_about_us": "EVENT", "i_confirm_the_information_above_is_accurate": true}', '2024-08-10 09:00:00', '2024-08-12 20:15:00', NULL, '192.0.2.18', '2024-08-10 09:00:00', '2024-08-12 20:15:00'),
  ('fs_10', 'ft_intake', 'pat_10', NULL, 'COMPLETED', '{"reason_for_visit": "Fine lines", "how_did_you_hear_about_us": "OTHER", "i_confirm_the_information_above_is_accurate": true}', '2024-08-10 09:00:00', '2024-08-12 20:15:00', NULL, '192.0.2.19', '2024-08-10 09:00:00', '2024-08-12 20:15:00'),
  ('fs_11', 'ft_intake', 'pat_11', NULL, 'COMPLETED', '{"reason_for_visit": "Skin texture", "how_did_you_hear_about_us": "SEARCH_ENGINE", "i_confirm_the_information_above_is_accurate": true}', '2024-08-10 09:00:00', '2024-08-12 20:15:00', NULL, '192.0.2.20', '2024-08-10 09:00:00', '2024-08-12 20:15:00'),
  ('fs_12', 'ft_intake', 'pat_12', NULL, 'COMPLETED', '{"reason_for_visit": "Fine lines", "how_did_you_hear_about_us": "not given", "i_confirm_the_information_above_is_accurate": true}', '2024-08-10 09:00:00', '2024-08-12 20:15:00', NULL, '192.0.2.21', '2024-08-10 09:00:00', '2024-08-12 20:15:00'),
  ('fs_13', 'ft_intake', 'pat_13', NULL, 'COMPLETED', '{"reason_for_visit": "Skin texture", "how_did_you_hear_about_us": "WALK_IN", "i_confirm_the_information_above_is_accurate": true}', '2024-08-10 09:00:00', '2024-08-12 20:15:00', NULL, '192.0.2.22', '2024-08-10 09:00:00', '2024-08-12 20:15:00'),
  ('fs_14', 'ft_intake', 'pat_14', NULL, 'COMPLETED', '{"reason_for_visit": "Fine lines", "how_did_you_hear_about_us": "EVENT", "i_confirm_the_information_above_is_accurate": true}', '2024-08-10 09:00:00', '2024-08-12 20:15:00', NULL, '192.0.2.23', '2024-08-10 09:00:00', '2024-08-12 20:15:00'),
  ('fs_15', 'ft_intake', 'pat_15', NULL, 'COMPLETED', '{"reason_for_visit": "Skin texture", "how_did_you_hear_about_us": "OTHER", "i_confirm_the_information_above_is_accurate": true}', '2024-08-10 09:00:00', '2024-08-12 20:15:00', NULL, '192.0.2.24', '2024-08-10 09:00:00', '2024-08-12 20:15:00'),
  ('fs_16', 'ft_intake', 'pat_16', NULL, 'COMPLETED', '{"reason_for_visit": "Fine lines", "how_did_you_hear_about_us": "PATIENT_REFERRAL", "i_confirm_the_information_above_is_accurate": true}', '2024-08-10 09:00:00', '2024-08-12 20:15:00', NULL, '192.0.2.25', '2024-08-10 09:00:00', '2024-08-12 20:15:00'),
  ('fs_17', 'ft_intake', 'pat_17', NULL, 'COMPLETED', '{"reason_for_visit": "Skin texture", "how_did_you_hear_about_us": "SOCIAL_MEDIA", "i_confirm_the_information_above_is_accurate": true}', '2024-08-10 09:00:00', '2024-08-12 20:15:00', NULL, '192.0.2.26', '2024-08-10 09:00:00', '2024-08-12 20:15:00'),
  ('fs_18', 'ft_intake', 'pat_18', NULL, 'COMPLETED', '{"reason_for_visit": "Fine lines", "how_did_you_hear_about_us": "not given", "i_confirm_the_information_above_is_accurate": true}', '2024-08-10 09:00:00', '2024-08-12 20:15:00', NULL, '192.0.2.27', '2024-08-10 09:00:00', '2024-08-12 20:15:00'),
  ('fs_19', 'ft_intake', 'pat_19', NULL, 'PENDING', '{"reason_for_visit": "Skin texture", "how_did_you_hear_about_us": "EVENT", "i_confirm_the_information_above_is_accurate": true}', '2024-08-10 09:00:00', NULL, NULL, '192.0.2.28', '2024-08-10 09:00:00', '2024-08-12 20:15:00'),
  ('fs_20', 'ft_intake', 'pat_20', NULL, 'PENDING', '{"reason_for_visit": "Fine lines", "how_did_you_hear_about_us": "PATIENT_REFERRAL", "i_confirm_the_information_above_is_accurate": true}', '2024-08-10 09:00:00', NULL, NULL, '192.0.2.29', '2024-08-10 09:00:00', '2024-08-12 20:15:00'),
  ('fs_21', 'ft_ntx_v2', 'pat_01', 'apt_001', 'COMPLETED', '{"i_understand_the_risks": true, "i_agree_to_the_treatment": true}', '2024-08-17 09:00:00', '2024-08-19 09:45:00', '2025-08-19 00:00:00', NULL, '2024-08-17 09:00:00', '2024-08-19 09:45:00'),
  ('fs_22', 'ft_laser', 'pat_03', 'apt_003', 'COMPLETED', '{"i_understand_the_risks": true, "i_agree_to_the_treatment": true}', '2024-08-18 09:00:00', '2024-08-20 08:45:00', '2025-08-20 00:00:00', NULL, '2024-08-18 09:00:00', '2024-08-20 08:45:00'),
  ('fs_23', 'ft_filler', 'pat_05', 'apt_005', 'COMPLETED', '{"i_understand_the_risks": true, "i_agree_to_the_treatment": true}', '2024-08-19 09:00:00', '2024-08-21 13:45:00', '2025-08-21 00:00:00', NULL, '2024-08-19 09:00:00', '2024-08-21 13:45:00'),
  ('fs_24', 'ft_ntx_v2', 'pat_06', 'apt_006', 'COMPLETED', '{"i_understand_the_risks": true, "i_agree_to_the_treatment": true}', '2024-08-20 09:00:00', '2024-08-22 09:45:00', '2025-08-22 00:00:00', NULL, '2024-08-20 09:00:00', '2024-08-22 09:45:00'),
  ('fs_25', 'ft_laser', 'pat_07', 'apt_007', 'COMPLETED', '{"i_understand_the_risks": true, "i_agree_to_the_treatment": true}', '2024-08-20 09:00:00', '2024-08-22 14:45:00', '2025-08-22 00:00:00', NULL, '2024-08-20 09:00:00', '2024-08-22 14:45:00'),
  ('fs_26', 'ft_laser', 'pat_11', 'apt_011', 'COMPLETED', '{"i_understand_the_risks": true, "i_agree_to_the_treatment": true}', '2024-08-24 09:00:00', '2024-08-26 09:45:00', '2025-08-26 00:00:00', NULL, '2024-08-24 09:00:00', '2024-08-26 09:45:00'),
  ('fs_27', 'ft_ntx_v2', 'pat_12', 'apt_012', 'COMPLETED', '{"i_understand_the_risks": true, "i_agree_to_the_treatment": true}', '2024-08-25 09:00:00', '2024-08-27 11:45:00', '2025-08-27 00:00:00', NULL, '2024-08-25 09:00:00', '2024-08-27 11:45:00'),
  ('fs_28', 'ft_filler', 'pat_01', 'apt_013', 'COMPLETED', '{"i_understand_the_risks": true, "i_agree_to_the_treatment": true}', '2024-08-26 09:00:00', '2024-08-28 13:45:00', '2025-08-28 00:00:00', NULL, '2024-08-26 09:00:00', '2024-08-28 13:45:00'),
  ('fs_29', 'ft_laser', 'pat_15', 'apt_016', 'COMPLETED', '{"i_understand_the_risks": true, "i_agree_to_the_treatment": true}', '2024-08-28 09:00:00', '2024-08-30 08:45:00', '2025-08-30 00:00:00', NULL, '2024-08-28 09:00:00', '2024-08-30 08:45:00'),
  ('fs_30', 'ft_ntx_v2', 'pat_16', 'apt_017', 'COMPLETED', '{"i_understand_the_risks": true, "i_agree_to_the_treatment": true}', '2024-08-31 09:00:00', '2024-09-02 10:45:00', '2025-09-02 00:00:00', NULL, '2024-08-31 09:00:00', '2024-09-02 10:45:00'),
  ('fs_31', 'ft_filler', 'pat_17', 'apt_018', 'COMPLETED', '{"i_understand_the_risks": true, "i_agree_to_the_treatment": true}', '2024-08-31 09:00:00', '2024-09-02 12:45:00', '2025-09-02 00:00:00', NULL, '2024-08-31 09:00:00', '2024-09-02 12:45:00'),
  ('fs_32', 'ft_laser', 'pat_18', 'apt_019', 'COMPLETED', '{"i_understand_the_risks": true, "i_agree_to_the_treatment": true}', '2024-08-31 09:00:00', '2024-09-02 08:45:00', '2025-09-02 00:00:00', NULL, '2024-08-31 09:00:00', '2024-09-02 08:45:00'),
  ('fs_33', 'ft_filler', 'pat_20', 'apt_021', 'COMPLETED', '{"i_understand_the_risks": true, "i_agree_to_the_treatment": true}', '2024-09-02 09:00:00', '2024-09-04 09:45:00', '2025-09-04 00:00:00', NULL, '2024-09-02 09:00:00', '2024-09-04 09:45:00'),
  ('fs_34', 'ft_laser', 'pat_03', 'apt_022', 'COMPLETED', '{"i_understand_the_risks": true, "i_agree_to_the_treatment": true}', '2024-09-15 09:00:00', '2024-09-17 08:45:00', '2025-09-17 00:00:00', NULL, '2024-09-15 09:00:00', '2024-09-17 08:45:00'),
  ('fs_35', 'ft_ntx_v2', 'pat_24', 'apt_023', 'COMPLETED', '{"i_understand_the_risks": true, "i_agree_to_the_treatment": true}', '2024-09-16 09:00:00', '2024-09-18 11:45:00', '2025-09-18 00:00:00', NULL, '2024-09-16 09:00:00', '2024-09-18 11:45:00'),
  ('fs_36', 'ft_laser', 'pat_11', 'apt_024', 'COMPLETED', '{"i_understand_the_risks": true, "i_agree_to_the_treatment": true}', '2024-09-21 09:00:00', '2024-09-23 09:45:00', '2025-09-23 00:00:00', NULL, '2024-09-21 09:00:00', '2024-09-23 09:45:00'),
  ('fs_37', 'ft_ntx_v2', 'pat_02', 'apt_025', 'COMPLETED', '{"i_understand_the_risks": true, "i_agree_to_the_treatment": true}', '2024-09-23 09:00:00', '2024-09-25 13:45:00', '2025-09-25 00:00:00', NULL, '2024-09-23 09:00:00', '2024-09-25 13:45:00'),
  ('fs_38', 'ft_laser', 'pat_07', 'apt_027', 'IN_PROGRESS', '{"i_understand_the_risks": true}', '2024-09-30 09:00:00', NULL, '2025-10-02 00:00:00', NULL, '2024-09-30 09:00:00', '2024-10-02 14:45:00'),
  ('fs_39', 'ft_photo', 'pat_01', NULL, 'COMPLETED', '{"i_allow_clinical_photos_in_my_chart": true, "i_allow_anonymised_photos_in_marketing": true}', '2024-08-10 09:00:00', '2024-08-12 20:20:00', NULL, '192.0.2.10', '2024-08-10 09:00:00', '2024-08-12 20:20:00'),
  ('fs_40', 'ft_history', 'pat_21', NULL, 'EXPIRED', '{}', '2024-07-01 09:00:00', NULL, '2024-07-15 09:00:00', NULL, '2024-07-01 09:00:00', '2024-07-15 09:00:00');

-- Signatures
INSERT INTO "Signature" ("id", "submissionId", "witnessId", "signerRole", "signerName", "method", "imageKey", "ipAddress", "userAgent", "signedAt") VALUES
  ('sig_01', 'fs_01', NULL, 'PATIENT', 'Avery Testpatient', 'DRAWN', 'signatures/fs_01.png', '192.0.2.10', 'Mozilla/5.0 (test device)', '2024-08-12 20:15:00-04'),
  ('sig_02', 'fs_02', NULL, 'PATIENT', 'Blake Samplecase', 'TYPED', NULL, '192.0.2.11', 'Mozilla/5.0 (test device)', '2024-08-12 20:15:00-04'),
  ('sig_03', 'fs_03', NULL, 'PATIENT', 'Cameron Democlient', 'TYPED', NULL, '192.0.2.12', 'Mozilla/5.0 (test device)', '2024-08-12 20:15:00-04'),
  ('sig_04', 'fs_04', NULL, 'PATIENT', 'Dakota Exampleby', 'DRAWN', 'signatures/fs_04.png', '192.0.2.13', 'Mozilla/5.0 (test device)', '2024-08-12 20:15:00-04'),
  ('sig_05', 'fs_05', NULL, 'PATIENT', 'Elliot Placeholder', 'TYPED', NULL, '192.0.2.14', 'Mozilla/5.0 (test device)', '2024-08-12 20:15:00-04'),
  ('sig_06', 'fs_06', NULL, 'PATIENT', 'Finley Mockingham', 'TYPED', NULL, '192.0.2.15', 'Mozilla/5.0 (test device)', '2024-08-12 20:15:00-04'),
  ('sig_07', 'fs_07', NULL, 'PATIENT', 'Gray Testpatient', 'DRAWN', 'signatures/fs_07.png', '192.0.2.16', 'Mozilla/5.0 (test device)', '2024-08-12 20:15:00-04'),
  ('sig_08', 'fs_08', NULL, 'PATIENT', 'Hayden Samplecase', 'TYPED', NULL, '192.0.2.17', 'Mozilla/5.0 (test device)', '2024-08-12 20:15:00-04'),
  ('sig_09', 'fs_09', NULL, 'PATIENT', 'Indigo Democlient', 'TYPED', NULL, '192.0.2.18', 'Mozilla/5.0 (test device)', '2024-08-12 20:15:00-04'),
  ('sig_10', 'fs_10', NULL, 'PATIENT', 'Jamie Exampleby', 'DRAWN', 'signatures/fs_10.png', '192.0.2.19', 'Mozilla/5.0 (test device)', '2024-08-12 20:15:00-04'),
  ('sig_11', 'fs_11', NULL, 'PATIENT', 'Kai Placeholder', 'TYPED', NULL, '192.0.2.20', 'Mozilla/5.0 (test device)', '2024-08-12 20:15:00-04'),
  ('sig_12', 'fs_12', NULL, 'PATIENT', 'Logan Mockingham', 'TYPED', NULL, '192.0.2.21', 'Mozilla/5.0 (test device)', '2024-08-12 20:15:00-04'),
  ('sig_13', 'fs_13', NULL, 'PATIENT', 'Marlowe Testpatient', 'DRAWN', 'signatures/fs_13.png', '192.0.2.22', 'Mozilla/5.0 (test device)', '2024-08-12 20:15:00-04'),
  ('sig_14', 'fs_14', NULL, 'PATIENT', 'Noel Samplecase', 'TYPED', NULL, '192.0.2.23', 'Mozilla/5.0 (test device)', '2024-08-12 20:15:00-04'),
  ('sig_15', 'fs_15', NULL, 'PATIENT', 'Oakley Democlient', 'TYPED', NULL, '192.0.2.24', 'Mozilla/5.0 (test device)', '2024-08-12 20:15:00-04'),
  ('sig_16', 'fs_16', NULL, 'PATIENT', 'Peyton Exampleby', 'DRAWN', 'signatures/fs_16.png', '192.0.2.25', 'Mozilla/5.0 (test device)', '2024-08-12 20:15:00-04'),
  ('sig_17', 'fs_17', NULL, 'PATIENT', 'Reese Placeholder', 'TYPED', NULL, '192.0.2.26', 'Mozilla/5.0 (test device)', '2024-08-12 20:15:00-04'),
  ('sig_18', 'fs_18', NULL, 'PATIENT', 'Sage Mockingham', 'TYPED', NULL, '192.0.2.27', 'Mozilla/5.0 (test device)', '2024-08-12 20:15:00-04'),
  ('sig_19', 'fs_21', NULL, 'PATIENT', 'Avery Testpatient', 'DRAWN', 'signatures/fs_21-patient.png', NULL, 'Clinic tablet', '2024-08-19 09:45:00-04'),
  ('sig_20', 'fs_21', 'stf_02', 'PROVIDER', 'Jordan Teststaff, NP', 'CLICK_TO_ACCEPT', NULL, NULL, 'Clinic tablet', '2024-08-19 09:50:00-04'),
  ('sig_21', 'fs_22', NULL, 'PATIENT', 'Cameron Democlient', 'DRAWN', 'signatures/fs_22-patient.png', NULL, 'Clinic tablet', '2024-08-20 08:45:00-04'),
  ('sig_22', 'fs_22', 'stf_08', 'PROVIDER', 'Parker Samplewood', 'CLICK_TO_ACCEPT', NULL, NULL, 'Clinic tablet', '2024-08-20 08:50:00-04'),
  ('sig_23', 'fs_23', NULL, 'PATIENT', 'Elliot Placeholder', 'DRAWN', 'signatures/fs_23-patient.png', NULL, 'Clinic tablet', '2024-08-21 13:45:00-04'),
  ('sig_24', 'fs_23', 'stf_04', 'PROVIDER', 'Casey Exampleton, PA', 'CLICK_TO_ACCEPT', NULL, NULL, 'Clinic tablet', '2024-08-21 13:50:00-04'),
  ('sig_25', 'fs_24', NULL, 'PATIENT', 'Finley Mockingham', 'DRAWN', 'signatures/fs_24-patient.png', NULL, 'Clinic tablet', '2024-08-22 09:45:00-04'),
  ('sig_26', 'fs_24', 'stf_03', 'PROVIDER', 'Riley Placeholder, RN', 'CLICK_TO_ACCEPT', NULL, NULL, 'Clinic tablet', '2024-08-22 09:50:00-04'),
  ('sig_27', 'fs_25', NULL, 'PATIENT', 'Gray Testpatient', 'DRAWN', 'signatures/fs_25-patient.png', NULL, 'Clinic tablet', '2024-08-22 14:45:00-04'),
  ('sig_28', 'fs_25', 'stf_07', 'PROVIDER', 'Rowan Fakely', 'CLICK_TO_ACCEPT', NULL, NULL, 'Clinic tablet', '2024-08-22 14:50:00-04'),
  ('sig_29', 'fs_26', NULL, 'PATIENT', 'Kai Placeholder', 'DRAWN', 'signatures/fs_26-patient.png', NULL, 'Clinic tablet', '2024-08-26 09:45:00-04'),
  ('sig_30', 'fs_26', 'stf_05', 'PROVIDER', 'Quinn Demoworth', 'CLICK_TO_ACCEPT', NULL, NULL, 'Clinic tablet', '2024-08-26 09:50:00-04'),
  ('sig_31', 'fs_27', NULL, 'PATIENT', 'Logan Mockingham', 'DRAWN', 'signatures/fs_27-patient.png', NULL, 'Clinic tablet', '2024-08-27 11:45:00-04'),
  ('sig_32', 'fs_27', 'stf_04', 'PROVIDER', 'Casey Exampleton, PA', 'CLICK_TO_ACCEPT', NULL, NULL, 'Clinic tablet', '2024-08-27 11:50:00-04'),
  ('sig_33', 'fs_28', NULL, 'PATIENT', 'Avery Testpatient', 'DRAWN', 'signatures/fs_28-patient.png', NULL, 'Clinic tablet', '2024-08-28 13:45:00-04'),
  ('sig_34', 'fs_28', 'stf_02', 'PROVIDER', 'Jordan Teststaff, NP', 'CLICK_TO_ACCEPT', NULL, NULL, 'Clinic tablet', '2024-08-28 13:50:00-04'),
  ('sig_35', 'fs_29', NULL, 'PATIENT', 'Oakley Democlient', 'DRAWN', 'signatures/fs_29-patient.png', NULL, 'Clinic tablet', '2024-08-30 08:45:00-04'),
  ('sig_36', 'fs_29', 'stf_07', 'PROVIDER', 'Rowan Fakely', 'CLICK_TO_ACCEPT', NULL, NULL, 'Clinic tablet', '2024-08-30 08:50:00-04'),
  ('sig_37', 'fs_30', NULL, 'PATIENT', 'Peyton Exampleby', 'DRAWN', 'signatures/fs_30-patient.png', NULL, 'Clinic tablet', '2024-09-02 10:45:00-04'),
  ('sig_38', 'fs_30', 'stf_01', 'PROVIDER', 'Morgan Sampledoc, MD', 'CLICK_TO_ACCEPT', NULL, NULL, 'Clinic tablet', '2024-09-02 10:50:00-04'),
  ('sig_39', 'fs_31', NULL, 'PATIENT', 'Reese Placeholder', 'DRAWN', 'signatures/fs_31-patient.png', NULL, 'Clinic tablet', '2024-09-02 12:45:00-04'),
  ('sig_40', 'fs_31', 'stf_02', 'PROVIDER', 'Jordan Teststaff, NP', 'CLICK_TO_ACCEPT', NULL, NULL, 'Clinic tablet', '2024-09-02 12:50:00-04'),
  ('sig_41', 'fs_32', NULL, 'PATIENT', 'Sage Mockingham', 'DRAWN', 'signatures/fs_32-patient.png', NULL, 'Clinic tablet', '2024-09-02 08:45:00-04'),
  ('sig_42', 'fs_32', 'stf_07', 'PROVIDER', 'Rowan Fakely', 'CLICK_TO_ACCEPT', NULL, NULL, 'Clinic tablet', '2024-09-02 08:50:00-04'),
  ('sig_43', 'fs_33', NULL, 'PATIENT', 'Val Samplecase', 'DRAWN', 'signatures/fs_33-patient.png', NULL, 'Clinic tablet', '2024-09-04 09:45:00-04'),
  ('sig_44', 'fs_33', 'stf_04', 'PROVIDER', 'Casey Exampleton, PA', 'CLICK_TO_ACCEPT', NULL, NULL, 'Clinic tablet', '2024-09-04 09:50:00-04'),
  ('sig_45', 'fs_34', NULL, 'PATIENT', 'Cameron Democlient', 'DRAWN', 'signatures/fs_34-patient.png', NULL, 'Clinic tablet', '2024-09-17 08:45:00-04'),
  ('sig_46', 'fs_34', 'stf_08', 'PROVIDER', 'Parker Samplewood', 'CLICK_TO_ACCEPT', NULL, NULL, 'Clinic tablet', '2024-09-17 08:50:00-04'),
  ('sig_47', 'fs_35', NULL, 'PATIENT', 'Arden Mockingham', 'DRAWN', 'signatures/fs_35-patient.png', NULL, 'Clinic tablet', '2024-09-18 11:45:00-04'),
  ('sig_48', 'fs_35', 'stf_02', 'PROVIDER', 'Jordan Teststaff, NP', 'CLICK_TO_ACCEPT', NULL, NULL, 'Clinic tablet', '2024-09-18 11:50:00-04'),
  ('sig_49', 'fs_36', NULL, 'PATIENT', 'Kai Placeholder', 'DRAWN', 'signatures/fs_36-patient.png', NULL, 'Clinic tablet', '2024-09-23 09:45:00-04'),
  ('sig_50', 'fs_36', 'stf_05', 'PROVIDER', 'Quinn Demoworth', 'CLICK_TO_ACCEPT', NULL, NULL, 'Clinic tablet', '2024-09-23 09:50:00-04'),
  ('sig_51', 'fs_37', NULL, 'PATIENT', 'Blake Samplecase', 'DRAWN', 'signatures/fs_37-patient.png', NULL, 'Clinic tablet', '2024-09-25 13:45:00-04'),
  ('sig_52', 'fs_37', 'stf_01', 'PROVIDER', 'Morgan Sampledoc, MD', 'CLICK_TO_ACCEPT', NULL, NULL, 'Clinic tablet', '2024-09-25 13:50:00-04');

-- Tax rates (products and wellness are taxable)
INSERT INTO "TaxRate" ("id", "locationId", "name", "rate", "isActive") VALUES
  ('tax_dt', 'loc_downtown', 'Sales tax', 0.0875, true),
  ('tax_rs', 'loc_riverside', 'Sales tax', 0.0875, true),
  ('tax_ng', 'loc_northgate', 'Sales tax', 0.0663, true);

-- Discounts
INSERT INTO "Discount" ("id", "code", "name", "type", "scope", "value", "categoryId", "startsOn", "endsOn", "maxRedemptions", "timesRedeemed", "isActive", "createdAt") VALUES
  ('dsc_welcome', 'WELCOME10', 'New patient 10% off', 'PERCENTAGE', 'INVOICE', 10.00, NULL, '2024-01-01', NULL, NULL, 3, true, '2024-05-20 11:30:00'),
  ('dsc_refer', 'REFER25', 'Referral thank-you', 'FIXED_AMOUNT', 'INVOICE', 25.00, NULL, '2024-01-01', NULL, NULL, 2, true, '2024-05-20 11:30:00'),
  ('dsc_inj15', NULL, 'Injectables event 15%', 'PERCENTAGE', 'SERVICE_CATEGORY', 15.00, 'cat_inj', '2024-09-01', '2024-09-30', 50, 1, true, '2024-05-20 11:30:00'),
  ('dsc_peel', 'FREEPEEL', 'Complimentary peel', 'FREE_SERVICE', 'LINE_ITEM', 175.00, NULL, '2024-06-01', '2024-12-31', 20, 0, true, '2024-05-20 11:30:00'),
  ('dsc_summer', 'SUMMER24', 'Summer laser special', 'PERCENTAGE', 'SERVICE_CATEGORY', 20.00, 'cat_laser', '2024-06-01', '2024-08-31', 100, 0, false, '2024-05-20 11:30:00');

-- Packages
INSERT INTO "Package" ("id", "name", "description", "price", "validityDays", "isActive", "createdAt", "updatedAt") VALUES
  ('pkg_lhr6', 'Laser hair removal, 6 sessions (small area)', 'Six small-area sessions at a package rate.', 750.00, 365, true, '2024-05-20 11:30:00', '2024-05-20 11:30:00'),
  ('pkg_glow4', 'Glow facial series', 'Four hydrating facials.', 699.00, 180, true, '2024-05-20 11:30:00', '2024-05-20 11:30:00'),
  ('pkg_mn3', 'Microneedling trio', 'Three RF microneedling sessions.', 1650.00, 270, true, '2024-05-20 11:30:00', '2024-05-20 11:30:00'),
  ('pkg_refresh', 'Refresh bundle', 'Forehead neurotoxin plus one hydrating facial.', 450.00, 120, true, '2024-05-20 11:30:00', '2024-05-20 11:30:00');

-- Package contents
INSERT INTO "PackageItem" ("id", "packageId", "serviceId", "quantity") VALUES
  ('pi_01', 'pkg_lhr6', 'svc_lhr_sm', 6),
  ('pi_02', 'pkg_glow4', 'svc_hyd', 4),
  ('pi_03', 'pkg_mn3', 'svc_mn', 3),
  ('pi_04', 'pkg_refresh', 'svc_ntx_fh', 1),
  ('pi_05', 'pkg_refresh', 'svc_hyd', 1);

-- Invoices: visits, fees, packages, retail, gift cards and membership dues
INSERT INTO "Invoice" ("id", "number", "patientId", "locationId", "appointmentId", "createdById", "discountId", "status", "issuedAt", "dueOn", "subtotal", "discountTotal", "taxTotal", "tipTotal", "total", "amountPaid", "notes", "createdAt", "updatedAt") VALUES
  ('inv_001', 'INV-2024-0001', 'pat_01', 'loc_downtown', 'apt_001', 'stf_09', NULL, 'PAID', '2024-08-19 10:30:00', '2024-08-19', 345.00, 0.00, 3.94, 0.00, 348.94, 348.94, NULL, '2024-08-19 10:30:00', '2024-08-19 10:30:00'),
  ('inv_002', 'INV-2024-0002', 'pat_03', 'loc_riverside', 'apt_003', 'stf_10', NULL, 'PAID', '2024-08-20 09:20:00', '2024-08-20', 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, NULL, '2024-08-20 09:20:00', '2024-08-20 09:20:00'),
  ('inv_003', 'INV-2024-0003', 'pat_04', 'loc_downtown', 'apt_004', 'stf_09', 'dsc_welcome', 'PAID', '2024-08-20 14:00:00', '2024-08-20', 297.00, 29.70, 8.58, 20.00, 295.88, 295.88, NULL, '2024-08-20 14:00:00', '2024-08-20 14:00:00'),
  ('inv_004', 'INV-2024-0004', 'pat_05', 'loc_riverside', 'apt_005', 'stf_10', NULL, 'PAID', '2024-08-21 14:45:00', '2024-08-21', 700.00, 0.00, 0.00, 0.00, 700.00, 700.00, NULL, '2024-08-21 14:45:00', '2024-08-21 14:45:00'),
  ('inv_005', 'INV-2024-0005', 'pat_06', 'loc_riverside', 'apt_006', 'stf_10', NULL, 'PAID', '2024-08-22 10:30:00', '2024-08-22', 280.00, 0.00, 0.00, 0.00, 280.00, 280.00, NULL, '2024-08-22 10:30:00', '2024-08-22 10:30:00'),
  ('inv_006', 'INV-2024-0006', 'pat_07', 'loc_downtown', 'apt_007', 'stf_09', NULL, 'PAID', '2024-08-22 15:45:00', '2024-08-22', 400.00, 0.00, 0.00, 0.00, 400.00, 400.00, NULL, '2024-08-22 15:45:00', '2024-08-22 15:45:00'),
  ('inv_007', 'INV-2024-0007', 'pat_08', 'loc_downtown', 'apt_008', 'stf_09', NULL, 'OPEN', '2024-08-23 09:45:00', '2024-08-23', 50.00, 0.00, 0.00, 0.00, 50.00, 0.00, NULL, '2024-08-23 09:45:00', '2024-08-23 09:45:00'),
  ('inv_008', 'INV-2024-0008', 'pat_09', 'loc_riverside', 'apt_009', 'stf_10', NULL, 'PAID', '2024-08-26 12:00:00', '2024-08-26', 750.00, 0.00, 0.00, 0.00, 750.00, 750.00, NULL, '2024-08-26 12:00:00', '2024-08-26 12:00:00'),
  ('inv_009', 'INV-2024-0009', 'pat_11', 'loc_downtown', 'apt_011', 'stf_09', NULL, 'PAID', '2024-08-26 11:15:00', '2024-08-26', 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, NULL, '2024-08-26 11:15:00', '2024-08-26 11:15:00'),
  ('inv_010', 'INV-2024-0010', 'pat_12', 'loc_riverside', 'apt_012', 'stf_10', NULL, 'PAID', '2024-08-27 12:30:00', '2024-08-27', 305.00, 0.00, 3.94, 0.00, 308.94, 308.94, NULL, '2024-08-27 12:30:00', '2024-08-27 12:30:00'),
  ('inv_011', 'INV-2024-0011', 'pat_01', 'loc_downtown', 'apt_013', 'stf_09', NULL, 'PAID', '2024-08-28 14:45:00', '2024-08-28', 700.00, 0.00, 0.00, 0.00, 700.00, 700.00, NULL, '2024-08-28 14:45:00', '2024-08-28 14:45:00'),
  ('inv_012', 'INV-2024-0012', 'pat_13', 'loc_riverside', 'apt_014', 'stf_10', NULL, 'REFUNDED', '2024-08-29 11:00:00', '2024-08-29', 199.00, 0.00, 0.00, 20.00, 219.00, 219.00, NULL, '2024-08-29 11:00:00', '2024-08-29 11:00:00'),
  ('inv_013', 'INV-2024-0013', 'pat_15', 'loc_downtown', 'apt_016', 'stf_09', 'dsc_refer', 'PAID', '2024-08-30 09:45:00', '2024-08-30', 350.00, 25.00, 0.00, 0.00, 325.00, 325.00, NULL, '2024-08-30 09:45:00', '2024-08-30 09:45:00'),
  ('inv_014', 'INV-2024-0014', 'pat_16', 'loc_downtown', 'apt_017', 'stf_09', NULL, 'PAID', '2024-09-02 11:30:00', '2024-09-02', 300.00, 45.00, 0.00, 0.00, 255.00, 255.00, NULL, '2024-09-02 11:30:00', '2024-09-02 11:30:00'),
  ('inv_015', 'INV-2024-0015', 'pat_17', 'loc_downtown', 'apt_018', 'stf_09', NULL, 'OPEN', '2024-09-02 14:00:00', '2024-09-02', 900.00, 135.00, 0.00, 0.00, 765.00, 0.00, NULL, '2024-09-02 14:00:00', '2024-09-02 14:00:00'),
  ('inv_016', 'INV-2024-0016', 'pat_18', 'loc_downtown', 'apt_019', 'stf_09', NULL, 'PAID', '2024-09-02 10:30:00', '2024-09-02', 1500.00, 0.00, 0.00, 0.00, 1500.00, 1500.00, NULL, '2024-09-02 10:30:00', '2024-09-02 10:30:00'),
  ('inv_017', 'INV-2024-0017', 'pat_19', 'loc_riverside', 'apt_020', 'stf_10', NULL, 'PAID', '2024-09-03 16:45:00', '2024-09-03', 50.00, 0.00, 0.00, 0.00, 50.00, 50.00, NULL, '2024-09-03 16:45:00', '2024-09-03 16:45:00'),
  ('inv_018', 'INV-2024-0018', 'pat_20', 'loc_riverside', 'apt_021', 'stf_10', NULL, 'PARTIALLY_PAID', '2024-09-04 11:00:00', '2024-09-04', 1400.00, 210.00, 0.00, 0.00, 1190.00, 595.00, NULL, '2024-09-04 11:00:00', '2024-09-04 11:00:00'),
  ('inv_019', 'INV-2024-0019', 'pat_03', 'loc_riverside', 'apt_022', 'stf_10', NULL, 'PAID', '2024-09-17 09:20:00', '2024-09-17', 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, NULL, '2024-09-17 09:20:00', '2024-09-17 09:20:00'),
  ('inv_020', 'INV-2024-0020', 'pat_24', 'loc_downtown', 'apt_023', 'stf_09', NULL, 'PAID', '2024-09-18 12:30:00', '2024-09-18', 280.00, 42.00, 0.00, 0.00, 238.00, 238.00, NULL, '2024-09-18 12:30:00', '2024-09-18 12:30:00'),
  ('inv_021', 'INV-2024-0021', 'pat_11', 'loc_downtown', 'apt_024', 'stf_09', NULL, 'PAID', '2024-09-23 11:15:00', '2024-09-23', 0.00, 0.00, 0.00, 0.00, 0.00, 0.00, NULL, '2024-09-23 11:15:00', '2024-09-23 11:15:00'),
  ('inv_022', 'INV-2024-0022', 'pat_02', 'loc_downtown', 'apt_025', 'stf_09', NULL, 'PAID', '2024-09-25 14:30:00', '2024-09-25', 300.00, 45.00, 0.00, 0.00, 255.00, 255.00, NULL, '2024-09-25 14:30:00', '2024-09-25 14:30:00'),
  ('inv_023', 'INV-2024-0023', 'pat_06', 'loc_riverside', 'apt_026', 'stf_10', NULL, 'PAID', '2024-09-26 12:00:00', '2024-09-26', 45.00, 0.00, 3.94, 0.00, 48.94, 48.94, NULL, '2024-09-26 12:00:00', '2024-09-26 12:00:00'),
  ('inv_024', 'INV-2024-0024', 'pat_03', 'loc_riverside', NULL, 'stf_10', NULL, 'PAID', '2024-08-20 08:45:00', '2024-08-20', 750.00, 0.00, 0.00, 0.00, 750.00, 750.00, NULL, '2024-08-20 08:45:00', '2024-08-20 08:45:00'),
  ('inv_025', 'INV-2024-0025', 'pat_11', 'loc_downtown', NULL, 'stf_09', NULL, 'PAID', '2024-08-26 09:30:00', '2024-08-26', 1650.00, 0.00, 0.00, 0.00, 1650.00, 1650.00, NULL, '2024-08-26 09:30:00', '2024-08-26 09:30:00'),
  ('inv_026', 'INV-2024-0026', 'pat_06', 'loc_riverside', NULL, 'stf_10', NULL, 'PAID', '2024-09-26 10:30:00', '2024-09-26', 699.00, 0.00, 0.00, 0.00, 699.00, 699.00, NULL, '2024-09-26 10:30:00', '2024-09-26 10:30:00'),
  ('inv_027', 'INV-2024-0027', 'pat_13', 'loc_riverside', NULL, 'stf_10', NULL, 'PAID', '2024-08-29 09:30:00', '2024-08-29', 450.00, 0.00, 0.00, 0.00, 450.00, 450.00, NULL, '2024-08-29 09:30:00', '2024-08-29 09:30:00'),
  ('inv_028', 'INV-2024-0028', 'pat_22', 'loc_downtown', NULL, 'stf_09', NULL, 'PAID', '2024-03-02 12:00:00', '2024-03-02', 699.00, 0.00, 0.00, 0.00, 699.00, 699.00, NULL, '2024-03-02 12:00:00', '2024-03-02 12:00:00'),
  ('inv_029', 'INV-2024-0029', 'pat_08', 'loc_downtown', NULL, 'stf_09', NULL, 'PAID', '2024-04-15 12:00:00', '2024-04-15', 450.00, 0.00, 0.00, 0.00, 450.00, 450.00, NULL, '2024-04-15 12:00:00', '2024-04-15 12:00:00'),
  ('inv_030', 'INV-2024-0030', 'pat_17', 'loc_downtown', NULL, 'stf_09', NULL, 'PAID', '2024-09-14 12:10:00', '2024-09-14', 146.00, 0.00, 12.77, 0.00, 158.77, 158.77, NULL, '2024-09-14 12:10:00', '2024-09-14 12:10:00'),
  ('inv_031', 'INV-2024-0031', 'pat_01', 'loc_downtown', NULL, 'stf_09', NULL, 'PAID', '2024-09-05 17:30:00', '2024-09-05', 300.00, 0.00, 0.00, 0.00, 300.00, 300.00, NULL, '2024-09-05 17:30:00', '2024-09-05 17:30:00'),
  ('inv_032', 'INV-2024-0032', 'pat_07', 'loc_downtown', NULL, 'stf_09', NULL, 'PAID', '2024-08-25 10:00:00', '2024-08-25', 100.00, 0.00, 0.00, 0.00, 100.00, 100.00, NULL, '2024-08-25 10:00:00', '2024-08-25 10:00:00'),
  ('inv_033', 'INV-2024-0033', 'pat_12', 'loc_riverside', NULL, 'stf_10', NULL, 'DRAFT', NULL, NULL, 59.00, 0.00, 5.16, 0.00, 64.16, 0.00, NULL, '2024-09-29 16:00:00', '2024-09-29 16:00:00'),
  ('inv_034', 'INV-2024-0034', 'pat_01', 'loc_downtown', NULL, NULL, NULL, 'PAID', '2024-06-01 06:00:00', '2024-06-01', 149.00, 0.00, 0.00, 0.00, 149.00, 149.00, NULL, '2024-06-01 06:00:00', '2024-06-01 06:00:00'),
  ('inv_035', 'INV-2024-0035', 'pat_01', 'loc_downtown', NULL, NULL, NULL, 'PAID', '2024-07-01 06:00:00', '2024-07-01', 149.00, 0.00, 0.00, 0.00, 149.00, 149.00, NULL, '2024-07-01 06:00:00', '2024-07-01 06:00:00'),
  ('inv_036', 'INV-2024-0036', 'pat_01', 'loc_downtown', NULL, NULL, NULL, 'PAID', '2024-08-01 06:00:00', '2024-08-01', 149.00, 0.00, 0.00, 0.00, 149.00, 149.00, NULL, '2024-08-01 06:00:00', '2024-08-01 06:00:00'),
  ('inv_037', 'INV-2024-0037', 'pat_05', 'loc_downtown', NULL, NULL, NULL, 'PAID', '2024-07-01 06:00:00', '2024-07-01', 99.00, 0.00, 0.00, 0.00, 99.00, 99.00, NULL, '2024-07-01 06:00:00', '2024-07-01 06:00:00'),
  ('inv_038', 'INV-2024-0038', 'pat_05', 'loc_downtown', NULL, NULL, NULL, 'PAID', '2024-08-01 06:00:00', '2024-08-01', 99.00, 0.00, 0.00, 0.00, 99.00, 99.00, NULL, '2024-08-01 06:00:00', '2024-08-01 06:00:00'),
  ('inv_039', 'INV-2024-0039', 'pat_05', 'loc_downtown', NULL, NULL, NULL, 'PAID', '2024-09-01 06:00:00', '2024-09-01', 99.00, 0.00, 0.00, 0.00, 99.00, 99.00, NULL, '2024-09-01 06:00:00', '2024-09-01 06:00:00'),
  ('inv_040', 'INV-2024-0040', 'pat_07', 'loc_downtown', NULL, NULL, NULL, 'PAID', '2024-05-01 06:00:00', '2024-05-01', 99.00, 0.00, 0.00, 0.00, 99.00, 99.00, NULL, '2024-05-01 06:00:00', '2024-05-01 06:00:00'),
  ('inv_041', 'INV-2024-0041', 'pat_07', 'loc_downtown', NULL, NULL, NULL, 'PAID', '2024-06-01 06:00:00', '2024-06-01', 99.00, 0.00, 0.00, 0.00, 99.00, 99.00, NULL, '2024-06-01 06:00:00', '2024-06-01 06:00:00'),
  ('inv_042', 'INV-2024-0042', 'pat_09', 'loc_riverside', NULL, NULL, NULL, 'PAID', '2024-07-15 06:00:00', '2024-07-15', 149.00, 0.00, 0.00, 0.00, 149.00, 149.00, NULL, '2024-07-15 06:00:00', '2024-07-15 06:00:00'),
  ('inv_043', 'INV-2024-0043', 'pat_09', 'loc_riverside', NULL, NULL, NULL, 'PAID', '2024-08-15 06:00:00', '2024-08-15', 149.00, 0.00, 0.00, 0.00, 149.00, 149.00, NULL, '2024-08-15 06:00:00', '2024-08-15 06:00:00'),
  ('inv_044', 'INV-2024-0044', 'pat_12', 'loc_downtown', NULL, NULL, NULL, 'PAID', '2024-02-01 06:00:00', '2024-02-01', 1000.00, 0.00, 0.00, 0.00, 1000.00, 1000.00, NULL, '2024-02-01 06:00:00', '2024-02-01 06:00:00'),
  ('inv_045', 'INV-2024-0045', 'pat_16', 'loc_downtown', NULL, NULL, NULL, 'PAID', '2024-03-01 06:00:00', '2024-03-01', 99.00, 0.00, 0.00, 0.00, 99.00, 99.00, NULL, '2024-03-01 06:00:00', '2024-03-01 06:00:00'),
  ('inv_046', 'INV-2024-0046', 'pat_16', 'loc_downtown', NULL, NULL, NULL, 'PAID', '2024-04-01 06:00:00', '2024-04-01', 99.00, 0.00, 0.00, 0.00, 99.00, 99.00, NULL, '2024-04-01 06:00:00', '2024-04-01 06:00:00'),
  ('inv_047', 'INV-2024-0047', 'pat_20', 'loc_downtown', NULL, NULL, NULL, 'PAID', '2024-08-01 06:00:00', '2024-08-01', 149.00, 0.00, 0.00, 0.00, 149.00, 149.00, NULL, '2024-08-01 06:00:00', '2024-08-01 06:00:00'),
  ('inv_048', 'INV-2024-0048', 'pat_20', 'loc_downtown', NULL, NULL, NULL, 'PAID', '2024-09-01 06:00:00', '2024-09-01', 149.00, 0.00, 0.00, 0.00, 149.00, 149.00, NULL, '2024-09-01 06:00:00', '2024-09-01 06:00:00'),
  ('inv_049', 'INV-2024-0049', 'pat_24', 'loc_downtown', NULL, NULL, NULL, 'PAID', '2024-09-01 06:00:00', '2024-09-01', 99.00, 0.00, 0.00, 0.00, 99.00, 99.00, NULL, '2024-09-01 06:00:00', '2024-09-01 06:00:00');

-- Invoice line items
INSERT INTO "InvoiceLineItem" ("id", "invoiceId", "type", "serviceId", "productId", "packageId", "providerId", "taxRateId", "discountId", "description", "quantity", "unitPrice", "discountAmount", "taxAmount", "total", "sortOrder") VALUES
  ('li_001', 'inv_001', 'SERVICE', 'svc_ntx_fh', NULL, NULL, 'stf_02', NULL, NULL, 'Neurotoxin, forehead lines', 1.00, 300.00, 0.00, 0.00, 300.00, 0),
  ('li_002', 'inv_001', 'PRODUCT', NULL, 'prd_spf', NULL, 'stf_02', 'tax_dt', NULL, 'Mineral sunscreen SPF 50', 1.00, 45.00, 0.00, 3.94, 48.94, 1),
  ('li_003', 'inv_002', 'SERVICE', 'svc_lhr_sm', NULL, NULL, 'stf_08', NULL, NULL, 'Laser hair removal, small area (package session)', 1.00, 0.00, 0.00, 0.00, 0.00, 0),
  ('li_004', 'inv_003', 'SERVICE', 'svc_hyd', NULL, NULL, 'stf_05', NULL, NULL, 'Hydrating facial', 1.00, 199.00, 0.00, 0.00, 199.00, 0),
  ('li_005', 'inv_003', 'PRODUCT', NULL, 'prd_vitc', NULL, 'stf_05', 'tax_dt', NULL, 'Vitamin C serum 30 mL', 1.00, 98.00, 0.00, 8.58, 106.58, 1),
  ('li_006', 'inv_004', 'SERVICE', 'svc_fil_lip', NULL, NULL, 'stf_04', NULL, NULL, 'Lip filler, 1 syringe', 1.00, 700.00, 0.00, 0.00, 700.00, 0),
  ('li_007', 'inv_005', 'SERVICE', 'svc_ntx_gl', NULL, NULL, 'stf_03', NULL, NULL, 'Neurotoxin, glabellar lines', 1.00, 280.00, 0.00, 0.00, 280.00, 0),
  ('li_008', 'inv_006', 'SERVICE', 'svc_ipl', NULL, NULL, 'stf_07', NULL, NULL, 'IPL photofacial', 1.00, 400.00, 0.00, 0.00, 400.00, 0),
  ('li_009', 'inv_007', 'FEE', NULL, NULL, NULL, NULL, NULL, NULL, 'Missed appointment fee', 1.00, 50.00, 0.00, 0.00, 50.00, 0),
  ('li_010', 'inv_008', 'SERVICE', 'svc_cryo', NULL, NULL, 'stf_08', NULL, NULL, 'Cryolipolysis, one area', 1.00, 750.00, 0.00, 0.00, 750.00, 0),
  ('li_011', 'inv_009', 'SERVICE', 'svc_mn', NULL, NULL, 'stf_05', NULL, NULL, 'RF microneedling (package session)', 1.00, 0.00, 0.00, 0.00, 0.00, 0),
  ('li_012', 'inv_010', 'SERVICE', 'svc_ntx_cf', NULL, NULL, 'stf_04', NULL, NULL, 'Neurotoxin, crow''s feet', 1.00, 260.00, 0.00, 0.00, 260.00, 0),
  ('li_013', 'inv_010', 'PRODUCT', NULL, 'prd_spf', NULL, 'stf_04', 'tax_rs', NULL, 'Mineral sunscreen SPF 50', 1.00, 45.00, 0.00, 3.94, 48.94, 1),
  ('li_014', 'inv_011', 'SERVICE', 'svc_fil_lip', NULL, NULL, 'stf_02', NULL, NULL, 'Lip filler, 1 syringe', 1.00, 700.00, 0.00, 0.00, 700.00, 0),
  ('li_015', 'inv_012', 'SERVICE', 'svc_hyd', NULL, NULL, 'stf_06', NULL, NULL, 'Hydrating facial', 1.00, 199.00, 0.00, 0.00, 199.00, 0),
  ('li_016', 'inv_013', 'SERVICE', 'svc_lhr_lg', NULL, NULL, 'stf_07', NULL, NULL, 'Laser hair removal, large area', 1.00, 350.00, 0.00, 0.00, 350.00, 0),
  ('li_017', 'inv_014', 'SERVICE', 'svc_ntx_fh', NULL, NULL, 'stf_01', NULL, 'dsc_inj15', 'Neurotoxin, forehead lines', 1.00, 300.00, 45.00, 0.00, 255.00, 0),
  ('li_018', 'inv_015', 'SERVICE', 'svc_bio', NULL, NULL, 'stf_02', NULL, 'dsc_inj15', 'Biostimulator treatment', 1.00, 900.00, 135.00, 0.00, 765.00, 0),
  ('li_019', 'inv_016', 'SERVICE', 'svc_co2', NULL, NULL, 'stf_07', NULL, NULL, 'Fractional CO2 resurfacing', 1.00, 1500.00, 0.00, 0.00, 1500.00, 0),
  ('li_020', 'inv_017', 'FEE', NULL, NULL, NULL, NULL, NULL, NULL, 'Late cancellation fee', 1.00, 50.00, 0.00, 0.00, 50.00, 0),
  ('li_021', 'inv_018', 'SERVICE', 'svc_fil_chk', NULL, NULL, 'stf_04', NULL, 'dsc_inj15', 'Cheek filler, 2 syringes', 1.00, 1400.00, 210.00, 0.00, 1190.00, 0),
  ('li_022', 'inv_019', 'SERVICE', 'svc_lhr_sm', NULL, NULL, 'stf_08', NULL, NULL, 'Laser hair removal, small area (package session)', 1.00, 0.00, 0.00, 0.00, 0.00, 0),
  ('li_023', 'inv_020', 'SERVICE', 'svc_ntx_gl', NULL, NULL, 'stf_02', NULL, 'dsc_inj15', 'Neurotoxin, glabellar lines', 1.00, 280.00, 42.00, 0.00, 238.00, 0),
  ('li_024', 'inv_021', 'SERVICE', 'svc_mn', NULL, NULL, 'stf_05', NULL, NULL, 'RF microneedling (package session)', 1.00, 0.00, 0.00, 0.00, 0.00, 0),
  ('li_025', 'inv_022', 'SERVICE', 'svc_ntx_fh', NULL, NULL, 'stf_01', NULL, 'dsc_inj15', 'Neurotoxin, forehead lines', 1.00, 300.00, 45.00, 0.00, 255.00, 0),
  ('li_026', 'inv_023', 'SERVICE', 'svc_hyd', NULL, NULL, 'stf_06', NULL, NULL, 'Hydrating facial (package session)', 1.00, 0.00, 0.00, 0.00, 0.00, 0),
  ('li_027', 'inv_023', 'PRODUCT', NULL, 'prd_spf', NULL, 'stf_06', 'tax_rs', NULL, 'Mineral sunscreen SPF 50', 1.00, 45.00, 0.00, 3.94, 48.94, 1),
  ('li_028', 'inv_024', 'PACKAGE', NULL, NULL, 'pkg_lhr6', NULL, NULL, NULL, 'Laser hair removal, 6 sessions (small area)', 1.00, 750.00, 0.00, 0.00, 750.00, 0),
  ('li_029', 'inv_025', 'PACKAGE', NULL, NULL, 'pkg_mn3', NULL, NULL, NULL, 'Microneedling trio', 1.00, 1650.00, 0.00, 0.00, 1650.00, 0),
  ('li_030', 'inv_026', 'PACKAGE', NULL, NULL, 'pkg_glow4', NULL, NULL, NULL, 'Glow facial series', 1.00, 699.00, 0.00, 0.00, 699.00, 0),
  ('li_031', 'inv_027', 'PACKAGE', NULL, NULL, 'pkg_refresh', NULL, NULL, NULL, 'Refresh bundle', 1.00, 450.00, 0.00, 0.00, 450.00, 0),
  ('li_032', 'inv_028', 'PACKAGE', NULL, NULL, 'pkg_glow4', NULL, NULL, NULL, 'Glow facial series', 1.00, 699.00, 0.00, 0.00, 699.00, 0),
  ('li_033', 'inv_029', 'PACKAGE', NULL, NULL, 'pkg_refresh', NULL, NULL, NULL, 'Refresh bundle', 1.00, 450.00, 0.00, 0.00, 450.00, 0),
  ('li_034', 'inv_030', 'PRODUCT', NULL, 'prd_ret', NULL, NULL, 'tax_dt', NULL, 'Retinol night cream 0.5%', 1.00, 76.00, 0.00, 6.65, 82.65, 0),
  ('li_035', 'inv_030', 'PRODUCT', NULL, 'prd_mask', NULL, NULL, 'tax_dt', NULL, 'Hydrating sheet masks, 5 pack', 2.00, 35.00, 0.00, 6.12, 76.12, 1),
  ('li_036', 'inv_031', 'GIFT_CARD', NULL, NULL, NULL, NULL, NULL, NULL, 'Gift card GC-TEST-0001', 1.00, 300.00, 0.00, 0.00, 300.00, 0),
  ('li_037', 'inv_032', 'GIFT_CARD', NULL, NULL, NULL, NULL, NULL, NULL, 'Gift card GC-TEST-0002', 1.00, 100.00, 0.00, 0.00, 100.00, 0),
  ('li_038', 'inv_033', 'PRODUCT', NULL, 'prd_coll', NULL, NULL, 'tax_rs', NULL, 'Collagen supplement, 30 servings', 1.00, 59.00, 0.00, 5.16, 64.16, 0),
  ('li_039', 'inv_034', 'MEMBERSHIP', NULL, NULL, NULL, NULL, NULL, NULL, 'Injectables VIP membership, June 2024', 1.00, 149.00, 0.00, 0.00, 149.00, 0),
  ('li_040', 'inv_035', 'MEMBERSHIP', NULL, NULL, NULL, NULL, NULL, NULL, 'Injectables VIP membership, July 2024', 1.00, 149.00, 0.00, 0.00, 149.00, 0),
  ('li_041', 'inv_036', 'MEMBERSHIP', NULL, NULL, NULL, NULL, NULL, NULL, 'Injectables VIP membership, August 2024', 1.00, 149.00, 0.00, 0.00, 149.00, 0),
  ('li_042', 'inv_037', 'MEMBERSHIP', NULL, NULL, NULL, NULL, NULL, NULL, 'Glow Club membership, July 2024', 1.00, 99.00, 0.00, 0.00, 99.00, 0),
  ('li_043', 'inv_038', 'MEMBERSHIP', NULL, NULL, NULL, NULL, NULL, NULL, 'Glow Club membership, August 2024', 1.00, 99.00, 0.00, 0.00, 99.00, 0),
  ('li_044', 'inv_039', 'MEMBERSHIP', NULL, NULL, NULL, NULL, NULL, NULL, 'Glow Club membership, September 2024', 1.00, 99.00, 0.00, 0.00, 99.00, 0),
  ('li_045', 'inv_040', 'MEMBERSHIP', NULL, NULL, NULL, NULL, NULL, NULL, 'Glow Club membership, May 2024', 1.00, 99.00, 0.00, 0.00, 99.00, 0),
  ('li_046', 'inv_041', 'MEMBERSHIP', NULL, NULL, NULL, NULL, NULL, NULL, 'Glow Club membership, June 2024', 1.00, 99.00, 0.00, 0.00, 99.00, 0),
  ('li_047', 'inv_042', 'MEMBERSHIP', NULL, NULL, NULL, NULL, NULL, NULL, 'Injectables VIP membership, July 2024', 1.00, 149.00, 0.00, 0.00, 149.00, 0),
  ('li_048', 'inv_043', 'MEMBERSHIP', NULL, NULL, NULL, NULL, NULL, NULL, 'Injectables VIP membership, August 2024', 1.00, 149.00, 0.00, 0.00, 149.00, 0),
  ('li_049', 'inv_044', 'MEMBERSHIP', NULL, NULL, NULL, NULL, NULL, NULL, 'Radiance Annual membership, February 2024', 1.00, 1000.00, 0.00, 0.00, 1000.00, 0),
  ('li_050', 'inv_045', 'MEMBERSHIP', NULL, NULL, NULL, NULL, NULL, NULL, 'Glow Club membership, March 2024', 1.00, 99.00, 0.00, 0.00, 99.00, 0),
  ('li_051', 'inv_046', 'MEMBERSHIP', NULL, NULL, NULL, NULL, NULL, NULL, 'Glow Club membership, April 2024', 1.00, 99.00, 0.00, 0.00, 99.00, 0),
  ('li_052', 'inv_047', 'MEMBERSHIP', NULL, NULL, NULL, NULL, NULL, NULL, 'Injectables VIP membership, August 2024', 1.00, 149.00, 0.00, 0.00, 149.00, 0),
  ('li_053', 'inv_048', 'MEMBERSHIP', NULL, NULL, NULL, NULL, NULL, NULL, 'Injectables VIP membership, September 2024', 1.00, 149.00, 0.00, 0.00, 149.00, 0),
  ('li_054', 'inv_049', 'MEMBERSHIP', NULL, NULL, NULL, NULL, NULL, NULL, 'Glow Club membership, September 2024', 1.00, 99.00, 0.00, 0.00, 99.00, 0);

-- Gift cards
INSERT INTO "GiftCard" ("id", "code", "purchaserId", "recipientId", "recipientName", "recipientEmail", "initialValue", "balance", "status", "message", "issuedAt", "expiresOn") VALUES
  ('gc_01', 'GC-TEST-0001', 'pat_01', 'pat_02', 'Blake Samplecase', 'blake.samplecase@example.com', 300.00, 0.00, 'REDEEMED', 'Happy birthday!', '2024-09-05 17:30:00', '2025-09-05'),
  ('gc_02', 'GC-TEST-0002', 'pat_07', NULL, 'Friend Ofpatient', 'friend.ofpatient@example.com', 100.00, 100.00, 'ACTIVE', NULL, '2024-08-25 10:00:00', '2025-08-25'),
  ('gc_03', 'GC-TEST-0003', NULL, 'pat_19', NULL, NULL, 50.00, 50.00, 'ACTIVE', 'Issued as a service recovery credit', '2024-09-12 14:00:00', NULL),
  ('gc_04', 'GC-TEST-0004', 'pat_12', 'pat_13', 'Noel Democlient', 'noel.democlient@example.com', 150.00, 150.00, 'EXPIRED', NULL, '2023-06-01 12:00:00', '2024-06-01'),
  ('gc_05', 'GC-TEST-0005', NULL, NULL, NULL, NULL, 250.00, 0.00, 'VOID', 'Printed in error', '2024-07-04 10:00:00', NULL);

-- Payments (card numbers are the well-known test numbers)
INSERT INTO "Payment" ("id", "invoiceId", "patientId", "receivedById", "giftCardId", "method", "status", "amount", "tipAmount", "currency", "processor", "processorRef", "cardBrand", "cardLast4", "paidAt", "createdAt") VALUES
  ('pay_001', 'inv_001', 'pat_01', 'stf_09', NULL, 'CARD', 'CAPTURED', 348.94, 0.00, 'USD', 'testpay', 'ch_test_00001', 'MASTERCARD', '4444', '2024-08-19 10:30:00-04', '2024-08-19 10:30:00'),
  ('pay_002', 'inv_003', 'pat_04', 'stf_09', NULL, 'CARD', 'CAPTURED', 275.88, 20.00, 'USD', 'testpay', 'ch_test_00002', 'AMEX', '0005', '2024-08-20 14:00:00-04', '2024-08-20 14:00:00'),
  ('pay_003', 'inv_004', 'pat_05', 'stf_10', NULL, 'CARD', 'PARTIALLY_REFUNDED', 700.00, 0.00, 'USD', 'testpay', 'ch_test_00003', 'VISA', '4242', '2024-08-21 14:45:00-04', '2024-08-21 14:45:00'),
  ('pay_004', 'inv_005', 'pat_06', 'stf_10', NULL, 'CASH', 'CAPTURED', 280.00, 0.00, 'USD', NULL, NULL, NULL, NULL, '2024-08-22 10:30:00-04', '2024-08-22 10:30:00'),
  ('pay_005', 'inv_006', 'pat_07', 'stf_09', NULL, 'CARD', 'CAPTURED', 400.00, 0.00, 'USD', 'testpay', 'ch_test_00005', 'AMEX', '0005', '2024-08-22 15:45:00-04', '2024-08-22 15:45:00'),
  ('pay_006', 'inv_008', 'pat_09', 'stf_10', NULL, 'CARD', 'CAPTURED', 750.00, 0.00, 'USD', 'testpay', 'ch_test_00006', 'VISA', '4242', '2024-08-26 12:00:00-04', '2024-08-26 12:00:00'),
  ('pay_007', 'inv_010', 'pat_12', 'stf_10', NULL, 'CARD', 'CAPTURED', 308.94, 0.00, 'USD', 'testpay', 'ch_test_00007', 'MASTERCARD', '4444', '2024-08-27 12:30:00-04', '2024-08-27 12:30:00'),
  ('pay_008', 'inv_011', 'pat_01', 'stf_09', NULL, 'CARD', 'CAPTURED', 700.00, 0.00, 'USD', 'testpay', 'ch_test_00008', 'AMEX', '0005', '2024-08-28 14:45:00-04', '2024-08-28 14:45:00'),
  ('pay_009', 'inv_012', 'pat_13', 'stf_10', NULL, 'CARD', 'REFUNDED', 199.00, 20.00, 'USD', 'testpay', 'ch_test_00009', 'VISA', '4242', '2024-08-29 11:00:00-04', '2024-08-29 11:00:00'),
  ('pay_010', 'inv_013', 'pat_15', 'stf_09', NULL, 'CARD', 'CAPTURED', 325.00, 0.00, 'USD', 'testpay', 'ch_test_00010', 'MASTERCARD', '4444', '2024-08-30 09:45:00-04', '2024-08-30 09:45:00'),
  ('pay_011', 'inv_014', 'pat_16', 'stf_09', NULL, 'CARD', 'CAPTURED', 255.00, 0.00, 'USD', 'testpay', 'ch_test_00011', 'AMEX', '0005', '2024-09-02 11:30:00-04', '2024-09-02 11:30:00'),
  ('pay_012', 'inv_016', 'pat_18', 'stf_09', NULL, 'CARD', 'CAPTURED', 1500.00, 0.00, 'USD', 'testpay', 'ch_test_00012', 'VISA', '4242', '2024-09-02 10:30:00-04', '2024-09-02 10:30:00'),
  ('pay_013', 'inv_017', 'pat_19', 'stf_10', NULL, 'CARD', 'CAPTURED', 50.00, 0.00, 'USD', 'testpay', 'ch_test_00013', 'MASTERCARD', '4444', '2024-09-03 16:45:00-04', '2024-09-03 16:45:00'),
  ('pay_014', 'inv_018', 'pat_20', 'stf_10', NULL, 'CARD', 'CAPTURED', 595.00, 0.00, 'USD', 'testpay', 'ch_test_00014', 'AMEX', '0005', '2024-09-04 11:00:00-04', '2024-09-04 11:00:00'),
  ('pay_015', 'inv_020', 'pat_24', 'stf_09', NULL, 'CARD', 'CAPTURED', 238.00, 0.00, 'USD', 'testpay', 'ch_test_00015', 'VISA', '4242', '2024-09-18 12:30:00-04', '2024-09-18 12:30:00'),
  ('pay_016', 'inv_022', 'pat_02', 'stf_09', 'gc_01', 'GIFT_CARD', 'CAPTURED', 255.00, 0.00, 'USD', NULL, NULL, NULL, NULL, '2024-09-25 14:30:00-04', '2024-09-25 14:30:00'),
  ('pay_017', 'inv_023', 'pat_06', 'stf_10', NULL, 'CARD', 'CAPTURED', 48.94, 0.00, 'USD', 'testpay', 'ch_test_00017', 'AMEX', '0005', '2024-09-26 12:00:00-04', '2024-09-26 12:00:00'),
  ('pay_018', 'inv_024', 'pat_03', 'stf_10', NULL, 'CARD', 'CAPTURED', 750.00, 0.00, 'USD', 'testpay', 'ch_test_00018', 'VISA', '4242', '2024-08-20 08:45:00-04', '2024-08-20 08:45:00'),
  ('pay_019', 'inv_025', 'pat_11', 'stf_09', NULL, 'CARD', 'CAPTURED', 1650.00, 0.00, 'USD', 'testpay', 'ch_test_00019', 'MASTERCARD', '4444', '2024-08-26 09:30:00-04', '2024-08-26 09:30:00'),
  ('pay_020', 'inv_026', 'pat_06', 'stf_10', NULL, 'CARD', 'CAPTURED', 699.00, 0.00, 'USD', 'testpay', 'ch_test_00020', 'AMEX', '0005', '2024-09-26 10:30:00-04', '2024-09-26 10:30:00'),
  ('pay_021', 'inv_027', 'pat_13', 'stf_10', NULL, 'CARD', 'CAPTURED', 450.00, 0.00, 'USD', 'testpay', 'ch_test_00021', 'VISA', '4242', '2024-08-29 09:30:00-04', '2024-08-29 09:30:00'),
  ('pay_022', 'inv_028', 'pat_22', 'stf_09', NULL, 'CARD', 'CAPTURED', 699.00, 0.00, 'USD', 'testpay', 'ch_test_00022', 'MASTERCARD', '4444', '2024-03-02 12:00:00-04', '2024-03-02 12:00:00'),
  ('pay_023', 'inv_029', 'pat_08', 'stf_09', NULL, 'CARD', 'CAPTURED', 450.00, 0.00, 'USD', 'testpay', 'ch_test_00023', 'AMEX', '0005', '2024-04-15 12:00:00-04', '2024-04-15 12:00:00'),
  ('pay_024', 'inv_030', 'pat_17', 'stf_09', NULL, 'CARD', 'CAPTURED', 158.77, 0.00, 'USD', 'testpay', 'ch_test_00024', 'VISA', '4242', '2024-09-14 12:10:00-04', '2024-09-14 12:10:00'),
  ('pay_025', 'inv_031', 'pat_01', 'stf_09', NULL, 'CARD', 'CAPTURED', 300.00, 0.00, 'USD', 'testpay', 'ch_test_00025', 'MASTERCARD', '4444', '2024-09-05 17:30:00-04', '2024-09-05 17:30:00'),
  ('pay_026', 'inv_032', 'pat_07', 'stf_09', NULL, 'CARD', 'CAPTURED', 100.00, 0.00, 'USD', 'testpay', 'ch_test_00026', 'AMEX', '0005', '2024-08-25 10:00:00-04', '2024-08-25 10:00:00'),
  ('pay_027', 'inv_034', 'pat_01', NULL, NULL, 'CARD', 'CAPTURED', 149.00, 0.00, 'USD', 'testpay', 'ch_test_00027', 'VISA', '4242', '2024-06-01 06:00:00-04', '2024-06-01 06:00:00'),
  ('pay_028', 'inv_035', 'pat_01', NULL, NULL, 'CARD', 'CAPTURED', 149.00, 0.00, 'USD', 'testpay', 'ch_test_00028', 'MASTERCARD', '4444', '2024-07-01 06:00:00-04', '2024-07-01 06:00:00'),
  ('pay_029', 'inv_036', 'pat_01', NULL, NULL, 'CARD', 'CAPTURED', 149.00, 0.00, 'USD', 'testpay', 'ch_test_00029', 'AMEX', '0005', '2024-08-01 06:00:00-04', '2024-08-01 06:00:00'),
  ('pay_030', 'inv_037', 'pat_05', NULL, NULL, 'CARD', 'CAPTURED', 99.00, 0.00, 'USD', 'testpay', 'ch_test_00030', 'VISA', '4242', '2024-07-01 06:00:00-04', '2024-07-01 06:00:00'),
  ('pay_031', 'inv_038', 'pat_05', NULL, NULL, 'CARD', 'CAPTURED', 99.00, 0.00, 'USD', 'testpay', 'ch_test_00031', 'MASTERCARD', '4444', '2024-08-01 06:00:00-04', '2024-08-01 06:00:00'),
  ('pay_032', 'inv_039', 'pat_05', NULL, NULL, 'CARD', 'CAPTURED', 99.00, 0.00, 'USD', 'testpay', 'ch_test_00032', 'AMEX', '0005', '2024-09-01 06:00:00-04', '2024-09-01 06:00:00'),
  ('pay_033', 'inv_040', 'pat_07', NULL, NULL, 'CARD', 'CAPTURED', 99.00, 0.00, 'USD', 'testpay', 'ch_test_00033', 'VISA', '4242', '2024-05-01 06:00:00-04', '2024-05-01 06:00:00'),
  ('pay_034', 'inv_041', 'pat_07', NULL, NULL, 'CARD', 'CAPTURED', 99.00, 0.00, 'USD', 'testpay', 'ch_test_00034', 'MASTERCARD', '4444', '2024-06-01 06:00:00-04', '2024-06-01 06:00:00'),
  ('pay_035', 'inv_042', 'pat_09', NULL, NULL, 'CARD', 'CAPTURED', 149.00, 0.00, 'USD', 'testpay', 'ch_test_00035', 'AMEX', '0005', '2024-07-15 06:00:00-04', '2024-07-15 06:00:00'),
  ('pay_036', 'inv_043', 'pat_09', NULL, NULL, 'CARD', 'CAPTURED', 149.00, 0.00, 'USD', 'testpay', 'ch_test_00036', 'VISA', '4242', '2024-08-15 06:00:00-04', '2024-08-15 06:00:00'),
  ('pay_037', 'inv_044', 'pat_12', NULL, NULL, 'CARD', 'CAPTURED', 1000.00, 0.00, 'USD', 'testpay', 'ch_test_00037', 'MASTERCARD', '4444', '2024-02-01 06:00:00-04', '2024-02-01 06:00:00'),
  ('pay_038', 'inv_045', 'pat_16', NULL, NULL, 'CARD', 'CAPTURED', 99.00, 0.00, 'USD', 'testpay', 'ch_test_00038', 'AMEX', '0005', '2024-03-01 06:00:00-04', '2024-03-01 06:00:00'),
  ('pay_039', 'inv_046', 'pat_16', NULL, NULL, 'CARD', 'CAPTURED', 99.00, 0.00, 'USD', 'testpay', 'ch_test_00039', 'VISA', '4242', '2024-04-01 06:00:00-04', '2024-04-01 06:00:00'),
  ('pay_040', 'inv_047', 'pat_20', NULL, NULL, 'CARD', 'CAPTURED', 149.00, 0.00, 'USD', 'testpay', 'ch_test_00040', 'MASTERCARD', '4444', '2024-08-01 06:00:00-04', '2024-08-01 06:00:00'),
  ('pay_041', 'inv_048', 'pat_20', NULL, NULL, 'CARD', 'CAPTURED', 149.00, 0.00, 'USD', 'testpay', 'ch_test_00041', 'AMEX', '0005', '2024-09-01 06:00:00-04', '2024-09-01 06:00:00'),
  ('pay_042', 'inv_049', 'pat_24', NULL, NULL, 'CARD', 'CAPTURED', 99.00, 0.00, 'USD', 'testpay', 'ch_test_00042', 'VISA', '4242', '2024-09-01 06:00:00-04', '2024-09-01 06:00:00');

-- Refunds
INSERT INTO "Refund" ("id", "paymentId", "processedById", "amount", "reason", "status", "processorRef", "notes", "refundedAt", "createdAt") VALUES
  ('ref_01', 'pay_009', 'stf_11', 199.00, 'PATIENT_DISSATISFIED', 'COMPLETED', 're_test_00001', 'Full refund approved by manager.', '2024-09-02 10:00:00', '2024-09-02 09:45:00'),
  ('ref_02', 'pay_003', 'stf_11', 100.00, 'PRICING_ERROR', 'COMPLETED', 're_test_00002', 'Charged list price instead of quoted price.', '2024-08-22 12:00:00', '2024-08-22 11:30:00'),
  ('ref_03', 'pay_002', 'stf_09', 20.00, 'DUPLICATE_CHARGE', 'PENDING', NULL, 'Tip entered twice.', NULL, '2024-09-29 17:00:00');

-- Packages bought by patients
INSERT INTO "patient_packages" ("id", "patient_id", "package_id", "invoice_id", "status", "price_paid", "purchased_at", "expires_on") VALUES
  ('pp_01', 'pat_03', 'pkg_lhr6', 'inv_024', 'ACTIVE', 750.00, '2024-08-20 08:45:00', '2025-08-20'),
  ('pp_02', 'pat_11', 'pkg_mn3', 'inv_025', 'ACTIVE', 1650.00, '2024-08-26 09:30:00', '2025-05-23'),
  ('pp_03', 'pat_06', 'pkg_glow4', 'inv_026', 'ACTIVE', 699.00, '2024-09-26 10:30:00', '2025-03-25'),
  ('pp_04', 'pat_13', 'pkg_refresh', 'inv_027', 'ACTIVE', 450.00, '2024-08-29 09:30:00', '2024-12-27'),
  ('pp_05', 'pat_22', 'pkg_glow4', 'inv_028', 'EXPIRED', 699.00, '2024-03-02 12:00:00', '2024-08-29'),
  ('pp_06', 'pat_08', 'pkg_refresh', 'inv_029', 'EXHAUSTED', 450.00, '2024-04-15 12:00:00', '2024-08-13');

-- Package sessions used
INSERT INTO "PackageRedemption" ("id", "patientPackageId", "packageItemId", "appointmentId", "quantity", "notes", "redeemedAt") VALUES
  ('pred_01', 'pp_01', 'pi_01', 'apt_003', 1, NULL, '2024-08-20 09:20:00'),
  ('pred_02', 'pp_01', 'pi_01', 'apt_022', 1, NULL, '2024-09-17 09:20:00'),
  ('pred_03', 'pp_02', 'pi_03', 'apt_011', 1, NULL, '2024-08-26 11:15:00'),
  ('pred_04', 'pp_02', 'pi_03', 'apt_024', 1, NULL, '2024-09-23 11:15:00'),
  ('pred_05', 'pp_03', 'pi_02', 'apt_026', 1, NULL, '2024-09-26 12:00:00'),
  ('pred_06', 'pp_06', 'pi_04', NULL, 1, 'Redeemed before online booking', '2024-05-10 12:00:00'),
  ('pred_07', 'pp_06', 'pi_05', NULL, 1, 'Redeemed before online booking', '2024-05-10 12:00:00'),
  ('pred_08', 'pp_05', 'pi_02', NULL, 1, 'Redeemed before online booking', '2024-05-10 12:00:00');

-- Gift card ledger (id comes from its sequence)
INSERT INTO "gift_card_transactions" ("gift_card_id", "invoice_id", "type", "amount", "balance_after", "note", "created_at") VALUES
  ('gc_01', 'inv_031', 'ISSUE', 300.00, 300.00, 'Purchased by Avery Testpatient', '2024-09-05 17:30:00-04'),
  ('gc_01', 'inv_022', 'REDEEM', -255.00, 45.00, NULL, '2024-09-25 14:30:00-04'),
  ('gc_01', NULL, 'ADJUST', -45.00, 0.00, 'Remaining balance moved to account credit', '2024-09-27 12:00:00-04'),
  ('gc_02', 'inv_032', 'ISSUE', 100.00, 100.00, NULL, '2024-08-25 10:00:00-04'),
  ('gc_03', NULL, 'ISSUE', 50.00, 50.00, 'Service recovery', '2024-09-12 14:00:00-04'),
  ('gc_04', NULL, 'ISSUE', 150.00, 150.00, NULL, '2023-06-01 12:00:00-04'),
  ('gc_05', NULL, 'ISSUE', 250.00, 250.00, NULL, '2024-07-04 10:00:00-04'),
  ('gc_05', NULL, 'VOID', -250.00, 0.00, 'Printed in error', '2024-07-04 10:05:00-04');

-- Commission rules
INSERT INTO "CommissionRule" ("id", "staffId", "serviceId", "basis", "percent", "flatAmount", "effectiveFrom", "effectiveTo", "createdAt") VALUES
  ('cr_01', 'stf_02', NULL, 'PERCENT_OF_SERVICE', 12.00, NULL, '2024-01-15', NULL, '2024-05-20 11:30:00'),
  ('cr_02', 'stf_03', NULL, 'PERCENT_OF_SERVICE', 10.00, NULL, '2024-01-15', NULL, '2024-05-20 11:30:00'),
  ('cr_03', 'stf_04', NULL, 'PERCENT_OF_SERVICE', 10.00, NULL, '2024-01-15', NULL, '2024-05-20 11:30:00'),
  ('cr_04', 'stf_05', NULL, 'PERCENT_OF_SERVICE', 15.00, NULL, '2024-01-15', NULL, '2024-05-20 11:30:00'),
  ('cr_05', 'stf_06', NULL, 'PERCENT_OF_SERVICE', 15.00, NULL, '2024-01-15', NULL, '2024-05-20 11:30:00'),
  ('cr_06', 'stf_07', 'svc_co2', 'FLAT_PER_SERVICE', NULL, 150.00, '2024-01-15', NULL, '2024-05-20 11:30:00'),
  ('cr_07', 'stf_07', NULL, 'PERCENT_OF_SERVICE', 8.00, NULL, '2024-01-15', NULL, '2024-05-20 11:30:00'),
  ('cr_08', 'stf_08', NULL, 'FLAT_PER_SERVICE', NULL, 20.00, '2024-01-15', NULL, '2024-05-20 11:30:00'),
  ('cr_09', 'stf_05', NULL, 'PERCENT_OF_PRODUCT', 10.00, NULL, '2024-01-15', NULL, '2024-05-20 11:30:00');

-- Commissions on service lines
INSERT INTO "Commission" ("id", "staffId", "lineItemId", "ruleId", "amount", "status", "periodStart", "periodEnd", "paidAt", "createdAt") VALUES
  ('com_01', 'stf_02', 'li_001', 'cr_01', 36.00, 'PAID', '2024-08-01', '2024-08-31', '2024-09-05 12:00:00', '2024-08-19 10:30:00'),
  ('com_02', 'stf_05', 'li_004', 'cr_04', 29.85, 'PAID', '2024-08-01', '2024-08-31', '2024-09-05 12:00:00', '2024-08-20 14:00:00'),
  ('com_03', 'stf_04', 'li_006', 'cr_03', 70.00, 'PAID', '2024-08-01', '2024-08-31', '2024-09-05 12:00:00', '2024-08-21 14:45:00'),
  ('com_04', 'stf_03', 'li_007', 'cr_02', 28.00, 'PAID', '2024-08-01', '2024-08-31', '2024-09-05 12:00:00', '2024-08-22 10:30:00'),
  ('com_05', 'stf_07', 'li_008', 'cr_06', 150.00, 'PAID', '2024-08-01', '2024-08-31', '2024-09-05 12:00:00', '2024-08-22 15:45:00'),
  ('com_06', 'stf_08', 'li_010', 'cr_08', 20.00, 'PAID', '2024-08-01', '2024-08-31', '2024-09-05 12:00:00', '2024-08-26 12:00:00'),
  ('com_07', 'stf_04', 'li_012', 'cr_03', 26.00, 'PAID', '2024-08-01', '2024-08-31', '2024-09-05 12:00:00', '2024-08-27 12:30:00'),
  ('com_08', 'stf_02', 'li_014', 'cr_01', 84.00, 'PAID', '2024-08-01', '2024-08-31', '2024-09-05 12:00:00', '2024-08-28 14:45:00'),
  ('com_09', 'stf_06', 'li_015', 'cr_05', 29.85, 'PAID', '2024-08-01', '2024-08-31', '2024-09-05 12:00:00', '2024-08-29 11:00:00'),
  ('com_10', 'stf_07', 'li_016', 'cr_06', 150.00, 'PAID', '2024-08-01', '2024-08-31', '2024-09-05 12:00:00', '2024-08-30 09:45:00'),
  ('com_11', 'stf_02', 'li_018', 'cr_01', 91.80, 'APPROVED', '2024-09-01', '2024-09-30', NULL, '2024-09-02 14:00:00'),
  ('com_12', 'stf_07', 'li_019', 'cr_06', 150.00, 'APPROVED', '2024-09-01', '2024-09-30', NULL, '2024-09-02 10:30:00'),
  ('com_13', 'stf_04', 'li_021', 'cr_03', 119.00, 'APPROVED', '2024-09-01', '2024-09-30', NULL, '2024-09-04 11:00:00'),
  ('com_14', 'stf_02', 'li_023', 'cr_01', 28.56, 'APPROVED', '2024-09-01', '2024-09-30', NULL, '2024-09-18 12:30:00');

-- Membership plans
INSERT INTO "MembershipPlan" ("id", "name", "description", "price", "interval", "serviceDiscountPercent", "productDiscountPercent", "monthlyCredit", "perks", "minimumTermMonths", "isActive", "createdAt", "updatedAt") VALUES
  ('mp_glow', 'Glow Club', 'One hydrating facial a month and 10% off retail.', 99.00, 'MONTHLY', 0.00, 10.00, 99.00, '{"monthly facial credit","10% off retail","member events"}', 3, true, '2024-06-24 09:30:00', '2024-06-24 09:30:00'),
  ('mp_vip', 'Injectables VIP', 'Monthly credit toward injectables and 15% off services.', 149.00, 'MONTHLY', 15.00, 10.00, 149.00, '{"injectable credit","priority booking"}', 6, true, '2024-06-24 09:30:00', '2024-06-24 09:30:00'),
  ('mp_annual', 'Radiance Annual', 'Annual membership with quarterly treatments.', 1000.00, 'ANNUAL', 10.00, 10.00, NULL, '{"4 facials a year","birthday gift"}', 12, true, '2024-06-24 09:30:00', '2024-06-24 09:30:00');

-- Memberships
INSERT INTO "Membership" ("id", "patientId", "planId", "status", "startedOn", "nextBillingOn", "pausedUntil", "cancelledAt", "cancelReason", "creditBalance", "paymentMethodRef", "createdAt", "updatedAt") VALUES
  ('mem_01', 'pat_01', 'mp_vip', 'ACTIVE', '2024-06-01', '2024-10-01', NULL, NULL, NULL, 149.00, 'pm_test_01', '2024-06-01 08:00:00', '2024-09-30 06:00:00'),
  ('mem_02', 'pat_05', 'mp_glow', 'ACTIVE', '2024-07-01', '2024-10-01', NULL, NULL, NULL, 0.00, 'pm_test_02', '2024-07-01 08:00:00', '2024-09-30 06:00:00'),
  ('mem_03', 'pat_07', 'mp_glow', 'PAUSED', '2024-05-01', NULL, '2024-11-01', NULL, NULL, 0.00, 'pm_test_03', '2024-05-01 08:00:00', '2024-09-30 06:00:00'),
  ('mem_04', 'pat_09', 'mp_vip', 'PAST_DUE', '2024-07-15', '2024-10-15', NULL, NULL, NULL, 0.00, 'pm_test_04', '2024-07-15 08:00:00', '2024-09-30 06:00:00'),
  ('mem_05', 'pat_12', 'mp_annual', 'ACTIVE', '2024-02-01', '2025-02-01', NULL, NULL, NULL, 0.00, 'pm_test_05', '2024-02-01 08:00:00', '2024-09-30 06:00:00'),
  ('mem_06', 'pat_16', 'mp_glow', 'CANCELLED', '2024-03-01', NULL, NULL, '2024-04-28 15:00:00', 'Moving away', 0.00, NULL, '2024-03-01 08:00:00', '2024-09-30 06:00:00'),
  ('mem_07', 'pat_20', 'mp_vip', 'ACTIVE', '2024-08-01', '2024-10-01', NULL, NULL, NULL, 149.00, 'pm_test_07', '2024-08-01 08:00:00', '2024-09-30 06:00:00'),
  ('mem_08', 'pat_24', 'mp_glow', 'ACTIVE', '2024-09-01', '2024-10-01', NULL, NULL, NULL, 0.00, 'pm_test_08', '2024-09-01 08:00:00', '2024-09-30 06:00:00');

-- Membership billing cycles
INSERT INTO "membership_billing_cycles" ("id", "membership_id", "invoice_id", "period_start", "period_end", "amount", "status", "attempt_count", "last_attempt_at", "failure_reason") VALUES
  ('mbc_01', 'mem_01', 'inv_034', '2024-06-01', '2024-06-30', 149.00, 'PAID', 1, '2024-06-01 06:00:00-04', NULL),
  ('mbc_02', 'mem_01', 'inv_035', '2024-07-01', '2024-07-31', 149.00, 'PAID', 1, '2024-07-01 06:00:00-04', NULL),
  ('mbc_03', 'mem_01', 'inv_036', '2024-08-01', '2024-08-31', 149.00, 'PAID', 1, '2024-08-01 06:00:00-04', NULL),
  ('mbc_04', 'mem_02', 'inv_037', '2024-07-01', '2024-07-31', 99.00, 'PAID', 1, '2024-07-01 06:00:00-04', NULL),
  ('mbc_05', 'mem_02', 'inv_038', '2024-08-01', '2024-08-31', 99.00, 'PAID', 1, '2024-08-01 06:00:00-04', NULL),
  ('mbc_06', 'mem_02', 'inv_039', '2024-09-01', '2024-09-30', 99.00, 'PAID', 1, '2024-09-01 06:00:00-04', NULL),
  ('mbc_07', 'mem_03', 'inv_040', '2024-05-01', '2024-05-31', 99.00, 'PAID', 1, '2024-05-01 06:00:00-04', NULL),
  ('mbc_08', 'mem_03', 'inv_041', '2024-06-01', '2024-06-30', 99.00, 'PAID', 1, '2024-06-01 06:00:00-04', NULL),
  ('mbc_09', 'mem_04', 'inv_042', '2024-07-15', '2024-08-14', 149.00, 'PAID', 1, '2024-07-15 06:00:00-04', NULL),
  ('mbc_10', 'mem_04', 'inv_043', '2024-08-15', '2024-09-14', 149.00, 'PAID', 1, '2024-08-15 06:00:00-04', NULL),
  ('mbc_11', 'mem_04', NULL, '2024-09-15', '2024-10-14', 149.00, 'FAILED', 3, '2024-09-15 06:00:00-04', 'Card declined (test)'),
  ('mbc_12', 'mem_05', 'inv_044', '2024-02-01', '2025-01-31', 1000.00, 'PAID', 1, '2024-02-01 06:00:00-04', NULL),
  ('mbc_13', 'mem_06', 'inv_045', '2024-03-01', '2024-03-31', 99.00, 'PAID', 1, '2024-03-01 06:00:00-04', NULL),
  ('mbc_14', 'mem_06', 'inv_046', '2024-04-01', '2024-04-30', 99.00, 'PAID', 1, '2024-04-01 06:00:00-04', NULL),
  ('mbc_15', 'mem_06', NULL, '2024-05-01', '2024-05-31', 99.00, 'SKIPPED', 0, NULL, NULL),
  ('mbc_16', 'mem_07', 'inv_047', '2024-08-01', '2024-08-31', 149.00, 'PAID', 1, '2024-08-01 06:00:00-04', NULL),
  ('mbc_17', 'mem_07', 'inv_048', '2024-09-01', '2024-09-30', 149.00, 'PAID', 1, '2024-09-01 06:00:00-04', NULL),
  ('mbc_18', 'mem_07', NULL, '2024-10-01', '2024-10-31', 149.00, 'UPCOMING', 0, NULL, NULL),
  ('mbc_19', 'mem_08', 'inv_049', '2024-09-01', '2024-09-30', 99.00, 'PAID', 1, '2024-09-01 06:00:00-04', NULL),
  ('mbc_20', 'mem_08', NULL, '2024-10-01', '2024-10-31', 99.00, 'UPCOMING', 0, NULL, NULL);

-- Message templates
INSERT INTO "MessageTemplate" ("id", "key", "name", "channel", "category", "subject", "body", "variables", "isActive", "createdAt", "updatedAt") VALUES
  ('mt_rem_sms', 'appointment_reminder_sms', 'Appointment reminder (SMS)', 'SMS', 'APPOINTMENT', NULL, 'Hi {{firstName}}, this is a reminder of your {{service}} at {{time}} tomorrow. Reply C to confirm.', '{firstName,service,time}', true, '2024-06-24 09:30:00', '2024-06-24 09:30:00'),
  ('mt_rem_email', 'appointment_reminder_email', 'Appointment reminder (email)', 'EMAIL', 'APPOINTMENT', 'Your appointment on {{date}}', 'Hello {{firstName}}, we look forward to seeing you on {{date}} at {{time}}.', '{firstName,date,time}', true, '2024-06-24 09:30:00', '2024-06-24 09:30:00'),
  ('mt_confirm', 'booking_confirmation', 'Booking confirmation', 'EMAIL', 'APPOINTMENT', 'You are booked!', 'Your {{service}} is booked for {{date}} at {{location}}.', '{service,date,location}', true, '2024-06-24 09:30:00', '2024-06-24 09:30:00'),
  ('mt_postcare_ntx', 'post_care_neurotoxin', 'Neurotoxin aftercare', 'SMS', 'CLINICAL', NULL, 'Stay upright for 4 hours and skip the gym today. Questions? Reply here.', '{}', true, '2024-06-24 09:30:00', '2024-06-24 09:30:00'),
  ('mt_birthday', 'birthday_offer', 'Birthday offer', 'EMAIL', 'MARKETING', 'A birthday treat for you', 'Happy birthday {{firstName}}! Enjoy {{offer}} this month.', '{firstName,offer}', true, '2024-06-24 09:30:00', '2024-06-24 09:30:00'),
  ('mt_review', 'review_request', 'Review request', 'SMS', 'MARKETING', NULL, 'Thanks for visiting {{location}}! Tell us how we did: {{link}}', '{location,link}', true, '2024-06-24 09:30:00', '2024-06-24 09:30:00'),
  ('mt_dues_failed', 'membership_payment_failed', 'Membership payment failed', 'EMAIL', 'BILLING', 'We could not process your membership payment', 'Please update your card to keep your {{plan}} benefits.', '{plan}', true, '2024-06-24 09:30:00', '2024-06-24 09:30:00'),
  ('mt_newsletter', 'monthly_newsletter', 'Monthly newsletter', 'EMAIL', 'MARKETING', 'What is new this month', '{{body}}', '{body}', true, '2024-06-24 09:30:00', '2024-06-24 09:30:00'),
  ('mt_inapp', 'in_app_general', 'General in-app message', 'IN_APP', 'GENERAL', NULL, '{{body}}', '{body}', true, '2024-06-24 09:30:00', '2024-06-24 09:30:00');

-- Conversations
INSERT INTO "Conversation" ("id", "patientId", "locationId", "assignedToId", "channel", "status", "subject", "unreadCount", "lastMessageAt", "createdAt", "updatedAt") VALUES
  ('cv_01', 'pat_01', 'loc_downtown', 'stf_09', 'SMS', 'OPEN', NULL, 2, '2024-08-27 14:05:00-04', '2024-08-27 14:00:00', '2024-08-27 14:05:00'),
  ('cv_02', 'pat_05', 'loc_riverside', 'stf_10', 'SMS', 'CLOSED', NULL, 0, '2024-08-21 15:32:00-04', '2024-08-21 15:10:00', '2024-08-21 15:32:00'),
  ('cv_03', 'pat_09', 'loc_riverside', NULL, 'EMAIL', 'OPEN', 'Membership payment', 1, '2024-09-15 12:40:00-04', '2024-09-15 06:05:00', '2024-09-15 12:40:00'),
  ('cv_04', 'pat_11', 'loc_downtown', 'stf_05', 'SMS', 'SNOOZED', NULL, 0, '2024-09-26 08:20:00-04', '2024-09-25 19:02:00', '2024-09-26 08:20:00'),
  ('cv_05', 'pat_18', 'loc_downtown', 'stf_07', 'EMAIL', 'OPEN', 'Preparing for CO2 resurfacing', 1, '2024-09-02 14:00:00-04', '2024-09-02 11:00:00', '2024-09-02 14:00:00'),
  ('cv_06', 'pat_02', 'loc_downtown', 'stf_09', 'SMS', 'CLOSED', NULL, 0, '2024-09-26 18:00:00-04', '2024-09-26 18:00:00', '2024-09-26 18:00:00'),
  ('cv_07', 'pat_14', 'loc_riverside', 'stf_03', 'IN_APP', 'CLOSED', NULL, 0, '2024-08-29 18:12:00-04', '2024-08-29 16:00:00', '2024-08-29 18:12:00'),
  ('cv_08', 'pat_21', 'loc_downtown', NULL, 'SMS', 'OPEN', NULL, 1, '2024-09-30 08:01:00-04', '2024-09-30 08:01:00', '2024-09-30 08:01:00');

-- Messages (id comes from its sequence)
INSERT INTO "Message" ("conversationId", "templateId", "sentById", "direction", "status", "body", "mediaUrls", "externalId", "sentAt", "deliveredAt", "readAt", "createdAt") VALUES
  ('cv_01', 'mt_rem_sms', NULL, 'OUTBOUND', 'DELIVERED', 'Hi Avery, this is a reminder of your Lip filler, 1 syringe at 2:00 PM tomorrow. Reply C to confirm.', '{}', 'ext-test-0001', '2024-08-27 14:00:00-04', '2024-08-27 14:00:05-04', NULL, '2024-08-27 14:00:00-04'),
  ('cv_01', NULL, NULL, 'INBOUND', 'RECEIVED', 'C', '{}', 'ext-test-0002', '2024-08-27 14:04:00-04', NULL, NULL, '2024-08-27 14:04:00-04'),
  ('cv_01', NULL, NULL, 'INBOUND', 'RECEIVED', 'Can I also add a forehead touch-up?', '{}', 'ext-test-0003', '2024-08-27 14:05:00-04', NULL, NULL, '2024-08-27 14:05:00-04'),
  ('cv_02', 'mt_postcare_ntx', 'stf_10', 'OUTBOUND', 'DELIVERED', 'Stay upright for 4 hours and skip the gym today. Questions? Reply here.', '{}', 'ext-test-0004', '2024-08-21 15:10:00-04', '2024-08-21 15:10:05-04', NULL, '2024-08-21 15:10:00-04'),
  ('cv_02', NULL, NULL, 'INBOUND', 'RECEIVED', 'Thanks, will do!', '{}', 'ext-test-0005', '2024-08-21 15:30:00-04', NULL, NULL, '2024-08-21 15:30:00-04'),
  ('cv_02', NULL, 'stf_10', 'OUTBOUND', 'DELIVERED', 'You are welcome. See you in two weeks.', '{}', 'ext-test-0006', '2024-08-21 15:32:00-04', '2024-08-21 15:32:05-04', NULL, '2024-08-21 15:32:00-04'),
  ('cv_03', 'mt_dues_failed', NULL, 'OUTBOUND', 'DELIVERED', 'Please update your card to keep your Injectables VIP benefits.', '{}', NULL, '2024-09-15 06:05:00-04', '2024-09-15 06:05:05-04', NULL, '2024-09-15 06:05:00-04'),
  ('cv_03', NULL, NULL, 'INBOUND', 'RECEIVED', 'I have a new card, can I update it at my next visit?', '{}', NULL, '2024-09-15 12:40:00-04', NULL, NULL, '2024-09-15 12:40:00-04'),
  ('cv_04', NULL, NULL, 'INBOUND', 'RECEIVED', 'Is some redness normal two days after microneedling?', '{https://example.com/media/test-photo.jpg}', 'ext-test-0009', '2024-09-25 19:02:00-04', NULL, NULL, '2024-09-25 19:02:00-04'),
  ('cv_04', NULL, 'stf_05', 'OUTBOUND', 'DELIVERED', 'Yes, mild redness for 2-3 days is expected. Use the gentle cleanser and SPF.', '{}', 'ext-test-0010', '2024-09-26 08:15:00-04', '2024-09-26 08:15:05-04', NULL, '2024-09-26 08:15:00-04'),
  ('cv_04', NULL, NULL, 'INBOUND', 'RECEIVED', 'Great, thank you.', '{}', 'ext-test-0011', '2024-09-26 08:20:00-04', NULL, NULL, '2024-09-26 08:20:00-04'),
  ('cv_05', NULL, 'stf_07', 'OUTBOUND', 'DELIVERED', 'Please stop retinoids five days before your treatment.', '{}', NULL, '2024-09-02 11:00:00-04', '2024-09-02 11:00:05-04', NULL, '2024-09-02 11:00:00-04'),
  ('cv_05', NULL, NULL, 'INBOUND', 'RECEIVED', 'Noted. Should I take the antiviral too?', '{}', NULL, '2024-09-02 13:30:00-04', NULL, NULL, '2024-09-02 13:30:00-04'),
  ('cv_05', NULL, 'stf_07', 'OUTBOUND', 'SENT', 'Yes, start it the day before as prescribed.', '{}', NULL, '2024-09-02 14:00:00-04', '2024-09-02 14:00:05-04', NULL, '2024-09-02 14:00:00-04'),
  ('cv_06', 'mt_review', 'stf_09', 'OUTBOUND', 'DELIVERED', 'Thanks for visiting Example Aesthetics Downtown! Tell us how we did: https://example.com/r/test', '{}', 'ext-test-0015', '2024-09-26 18:00:00-04', '2024-09-26 18:00:05-04', NULL, '2024-09-26 18:00:00-04'),
  ('cv_07', 'mt_inapp', 'stf_03', 'OUTBOUND', 'DELIVERED', 'Thanks for coming in today. Your care plan is in the app.', '{}', NULL, '2024-08-29 16:00:00-04', '2024-08-29 16:00:05-04', '2024-08-29 16:00:30-04', '2024-08-29 16:00:00-04'),
  ('cv_07', NULL, NULL, 'INBOUND', 'RECEIVED', 'Got it, thanks!', '{}', NULL, '2024-08-29 18:12:00-04', NULL, '2024-08-29 18:12:30-04', '2024-08-29 18:12:00-04'),
  ('cv_08', NULL, NULL, 'INBOUND', 'RECEIVED', 'Do you have any morning openings next week?', '{}', 'ext-test-0018', '2024-09-30 08:01:00-04', NULL, NULL, '2024-09-30 08:01:00-04'),
  ('cv_08', NULL, NULL, 'OUTBOUND', 'FAILED', 'We will add you to the waitlist and text you when one opens.', '{}', 'ext-test-0019', NULL, NULL, NULL, '2024-09-30 08:01:00-04');

-- Campaigns
INSERT INTO "Campaign" ("id", "name", "channel", "status", "templateId", "locationId", "createdById", "audienceFilter", "tags", "scheduledAt", "sentAt", "createdAt", "updatedAt") VALUES
  ('cmp_01', 'September injectables event', 'EMAIL', 'SENT', 'mt_newsletter', 'loc_downtown', 'stf_11', '{"tags": ["neurotoxin-regular"], "emailConsent": true}', '{event,injectables}', '2024-08-28 10:00:00-04', '2024-08-28 10:02:00-04', '2024-08-20 09:00:00', '2024-08-28 10:02:00'),
  ('cmp_02', 'Birthday offers, October', 'EMAIL', 'SCHEDULED', 'mt_birthday', NULL, 'stf_11', '{"birthMonth": 10, "emailConsent": true}', '{birthday}', '2024-10-01 09:00:00-04', NULL, '2024-08-20 09:00:00', '2024-08-28 10:02:00'),
  ('cmp_03', 'Laser season reminder', 'SMS', 'DRAFT', 'mt_review', 'loc_riverside', 'stf_11', '{"smsConsent": true, "lastVisitBefore": "2024-06-01"}', '{laser}', NULL, NULL, '2024-08-20 09:00:00', '2024-08-28 10:02:00');

-- Campaign recipients
INSERT INTO "CampaignRecipient" ("id", "campaignId", "patientId", "status", "address", "sentAt", "openedAt", "clickedAt", "error") VALUES
  ('rcp_01', 'cmp_01', 'pat_01', 'DELIVERED', 'avery.testpatient@example.com', '2024-08-28 10:02:00', NULL, NULL, NULL),
  ('rcp_02', 'cmp_01', 'pat_02', 'OPENED', 'blake.samplecase@example.com', '2024-08-28 10:02:00', '2024-08-28 12:00:00', NULL, NULL),
  ('rcp_03', 'cmp_01', 'pat_03', 'CLICKED', 'cameron.democlient@example.com', '2024-08-28 10:02:00', '2024-08-28 12:00:00', '2024-08-28 12:01:00', NULL),
  ('rcp_04', 'cmp_01', 'pat_05', 'OPENED', 'elliot.placeholder@example.com', '2024-08-28 10:02:00', '2024-08-28 12:00:00', NULL, NULL),
  ('rcp_05', 'cmp_01', 'pat_06', 'BOUNCED', 'finley.mockingham@example.com', '2024-08-28 10:02:00', NULL, NULL, 'Mailbox does not exist (test address)'),
  ('rcp_06', 'cmp_01', 'pat_07', 'DELIVERED', 'gray.testpatient@example.com', '2024-08-28 10:02:00', NULL, NULL, NULL),
  ('rcp_07', 'cmp_01', 'pat_09', 'UNSUBSCRIBED', 'indigo.democlient@example.com', '2024-08-28 10:02:00', '2024-08-28 12:00:00', NULL, NULL),
  ('rcp_08', 'cmp_01', 'pat_10', 'DELIVERED', 'jamie.exampleby@example.com', '2024-08-28 10:02:00', NULL, NULL, NULL),
  ('rcp_09', 'cmp_01', 'pat_11', 'OPENED', 'kai.placeholder@example.com', '2024-08-28 10:02:00', '2024-08-28 12:00:00', NULL, NULL),
  ('rcp_10', 'cmp_01', 'pat_13', 'CLICKED', 'marlowe.testpatient@example.com', '2024-08-28 10:02:00', '2024-08-28 12:00:00', '2024-08-28 12:01:00', NULL),
  ('rcp_11', 'cmp_01', 'pat_14', 'OPENED', 'noel.samplecase@example.com', '2024-08-28 10:02:00', '2024-08-28 12:00:00', NULL, NULL),
  ('rcp_12', 'cmp_01', 'pat_15', 'BOUNCED', 'oakley.democlient@example.com', '2024-08-28 10:02:00', NULL, NULL, 'Mailbox does not exist (test address)'),
  ('rcp_13', 'cmp_02', 'pat_04', 'PENDING', 'dakota.exampleby@example.com', NULL, NULL, NULL, NULL),
  ('rcp_14', 'cmp_02', 'pat_09', 'PENDING', 'indigo.democlient@example.com', NULL, NULL, NULL, NULL),
  ('rcp_15', 'cmp_02', 'pat_15', 'PENDING', 'oakley.democlient@example.com', NULL, NULL, NULL, NULL),
  ('rcp_16', 'cmp_02', 'pat_20', 'PENDING', 'val.samplecase@example.com', NULL, NULL, NULL, NULL);

-- Opt-outs
INSERT INTO "opt_outs" ("id", "patient_id", "channel", "address", "source", "reason", "created_at") VALUES
  ('oo_01', 'pat_09', 'EMAIL', 'indigo.democlient@example.com', 'UNSUBSCRIBE_LINK', NULL, '2024-08-28 12:02:00'),
  ('oo_02', 'pat_08', 'SMS', '(555) 555-0123', 'REPLY_STOP', 'Replied STOP', '2024-07-19 18:00:00'),
  ('oo_03', NULL, 'SMS', '(555) 555-0199', 'COMPLAINT', 'Not a patient; wrong number', '2024-09-03 09:00:00'),
  ('oo_04', 'pat_22', 'EMAIL', 'yael.exampleby@example.com', 'STAFF_ENTERED', 'Asked at front desk', '2024-08-01 09:05:00');

COMMIT;
