-- CreateEnum
CREATE TYPE "ServiceKind" AS ENUM ('INJECTABLE', 'LASER', 'FACIAL', 'BODY_CONTOURING', 'SKIN_TREATMENT', 'CONSULTATION', 'WELLNESS');

-- CreateEnum
CREATE TYPE "TreatmentPlanStatus" AS ENUM ('DRAFT', 'PROPOSED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ChartStatus" AS ENUM ('DRAFT', 'SIGNED', 'AMENDED', 'VOID');

-- CreateEnum
CREATE TYPE "ProductCategory" AS ENUM ('NEUROTOXIN', 'DERMAL_FILLER', 'BIOSTIMULATOR', 'SKINCARE', 'SUPPLEMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "UnitOfMeasure" AS ENUM ('UNITS', 'ML', 'SYRINGE', 'VIAL', 'EACH');

-- CreateEnum
CREATE TYPE "LotStatus" AS ENUM ('IN_STOCK', 'QUARANTINED', 'EXPIRED', 'DEPLETED', 'RECALLED');

-- CreateEnum
CREATE TYPE "InjectionSite" AS ENUM ('FOREHEAD', 'GLABELLA', 'CROWS_FEET', 'BUNNY_LINES', 'LIPS', 'NASOLABIAL_FOLDS', 'MARIONETTE_LINES', 'CHEEKS', 'JAWLINE', 'CHIN', 'MASSETER', 'NECK', 'UNDER_EYE', 'OTHER');

-- CreateEnum
CREATE TYPE "PhotoType" AS ENUM ('BEFORE', 'AFTER', 'PROGRESS', 'COMPLICATION');

-- CreateEnum
CREATE TYPE "PhotoAngle" AS ENUM ('FRONT', 'LEFT_45', 'RIGHT_45', 'LEFT_PROFILE', 'RIGHT_PROFILE', 'OTHER');

-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN     "serviceId" TEXT;

-- CreateTable
CREATE TABLE "ServiceCategory" (
    "id" TEXT NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ServiceCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Service" (
    "id" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "kind" "ServiceKind" NOT NULL,
    "description" TEXT,
    "durationMin" INTEGER NOT NULL,
    "price" DECIMAL(10,2) NOT NULL,
    "cost" DECIMAL(10,2),
    "isTaxable" BOOLEAN NOT NULL DEFAULT false,
    "requiresConsent" BOOLEAN NOT NULL DEFAULT true,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "contraindications" TEXT[],
    "aftercareInstructions" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TreatmentPlan" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "title" VARCHAR(160) NOT NULL,
    "status" "TreatmentPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "goals" TEXT[],
    "estimatedTotal" DECIMAL(10,2),
    "presentedAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TreatmentPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TreatmentPlanItem" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "sessions" INTEGER NOT NULL DEFAULT 1,
    "intervalWeeks" INTEGER,
    "unitPrice" DECIMAL(10,2) NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "notes" TEXT,

    CONSTRAINT "TreatmentPlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TreatmentRecord" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "appointmentId" TEXT,
    "serviceId" TEXT NOT NULL,
    "status" "ChartStatus" NOT NULL DEFAULT 'DRAFT',
    "performedAt" TIMESTAMPTZ(6) NOT NULL,
    "treatmentAreas" TEXT[],
    "deviceSettings" JSONB,
    "notes" TEXT,
    "complications" TEXT,
    "signedAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TreatmentRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "products" (
    "id" TEXT NOT NULL,
    "sku" VARCHAR(40) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "manufacturer" VARCHAR(120),
    "category" "ProductCategory" NOT NULL,
    "unit" "UnitOfMeasure" NOT NULL DEFAULT 'UNITS',
    "unitPrice" DECIMAL(10,2) NOT NULL,
    "unitCost" DECIMAL(10,2),
    "isActive" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "products_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "injectable_lots" (
    "id" TEXT NOT NULL,
    "product_id" TEXT NOT NULL,
    "location_id" TEXT NOT NULL,
    "lot_number" VARCHAR(64) NOT NULL,
    "expires_on" DATE NOT NULL,
    "received_on" DATE NOT NULL,
    "quantity_received" DECIMAL(10,2) NOT NULL,
    "quantity_remaining" DECIMAL(10,2) NOT NULL,
    "status" "LotStatus" NOT NULL DEFAULT 'IN_STOCK',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "injectable_lots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InjectableUsage" (
    "id" SERIAL NOT NULL,
    "treatmentRecordId" TEXT NOT NULL,
    "lotId" TEXT NOT NULL,
    "site" "InjectionSite" NOT NULL,
    "units" DECIMAL(8,2) NOT NULL,
    "depth" VARCHAR(40),
    "technique" VARCHAR(60),
    "notes" TEXT,

    CONSTRAINT "InjectableUsage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClinicalPhoto" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "treatmentRecordId" TEXT,
    "takenById" TEXT,
    "type" "PhotoType" NOT NULL,
    "angle" "PhotoAngle" NOT NULL DEFAULT 'FRONT',
    "storageKey" VARCHAR(255) NOT NULL,
    "contentType" VARCHAR(64) NOT NULL DEFAULT 'image/jpeg',
    "widthPx" INTEGER,
    "heightPx" INTEGER,
    "consentToMarketing" BOOLEAN NOT NULL DEFAULT false,
    "annotations" JSONB,
    "takenAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClinicalPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "soap_notes" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "appointmentId" TEXT,
    "authorId" TEXT NOT NULL,
    "status" "ChartStatus" NOT NULL DEFAULT 'DRAFT',
    "subjective" TEXT NOT NULL,
    "objective" TEXT NOT NULL,
    "assessment" TEXT NOT NULL,
    "plan" TEXT NOT NULL,
    "signedAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "soap_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_StaffQualifications" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_StaffQualifications_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "ServiceCategory_name_key" ON "ServiceCategory"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Service_code_key" ON "Service"("code");

-- CreateIndex
CREATE INDEX "Service_categoryId_isActive_idx" ON "Service"("categoryId", "isActive");

-- CreateIndex
CREATE INDEX "TreatmentPlan_patientId_status_idx" ON "TreatmentPlan"("patientId", "status");

-- CreateIndex
CREATE INDEX "TreatmentPlanItem_planId_idx" ON "TreatmentPlanItem"("planId");

-- CreateIndex
CREATE INDEX "TreatmentRecord_patientId_performedAt_idx" ON "TreatmentRecord"("patientId", "performedAt" DESC);

-- CreateIndex
CREATE INDEX "TreatmentRecord_appointmentId_idx" ON "TreatmentRecord"("appointmentId");

-- CreateIndex
CREATE UNIQUE INDEX "products_sku_key" ON "products"("sku");

-- CreateIndex
CREATE INDEX "injectable_lots_location_id_expires_on_idx" ON "injectable_lots"("location_id", "expires_on");

-- CreateIndex
CREATE UNIQUE INDEX "injectable_lots_product_id_lot_number_key" ON "injectable_lots"("product_id", "lot_number");

-- CreateIndex
CREATE INDEX "InjectableUsage_treatmentRecordId_idx" ON "InjectableUsage"("treatmentRecordId");

-- CreateIndex
CREATE INDEX "InjectableUsage_lotId_idx" ON "InjectableUsage"("lotId");

-- CreateIndex
CREATE UNIQUE INDEX "ClinicalPhoto_storageKey_key" ON "ClinicalPhoto"("storageKey");

-- CreateIndex
CREATE INDEX "ClinicalPhoto_patientId_takenAt_idx" ON "ClinicalPhoto"("patientId", "takenAt");

-- CreateIndex
CREATE INDEX "soap_notes_patientId_createdAt_idx" ON "soap_notes"("patientId", "createdAt");

-- CreateIndex
CREATE INDEX "_StaffQualifications_B_index" ON "_StaffQualifications"("B");

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ServiceCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatmentPlan" ADD CONSTRAINT "TreatmentPlan_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatmentPlan" ADD CONSTRAINT "TreatmentPlan_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatmentPlanItem" ADD CONSTRAINT "TreatmentPlanItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TreatmentPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatmentPlanItem" ADD CONSTRAINT "TreatmentPlanItem_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatmentRecord" ADD CONSTRAINT "TreatmentRecord_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "patients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatmentRecord" ADD CONSTRAINT "TreatmentRecord_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatmentRecord" ADD CONSTRAINT "TreatmentRecord_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatmentRecord" ADD CONSTRAINT "TreatmentRecord_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "injectable_lots" ADD CONSTRAINT "injectable_lots_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "injectable_lots" ADD CONSTRAINT "injectable_lots_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InjectableUsage" ADD CONSTRAINT "InjectableUsage_treatmentRecordId_fkey" FOREIGN KEY ("treatmentRecordId") REFERENCES "TreatmentRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InjectableUsage" ADD CONSTRAINT "InjectableUsage_lotId_fkey" FOREIGN KEY ("lotId") REFERENCES "injectable_lots"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicalPhoto" ADD CONSTRAINT "ClinicalPhoto_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicalPhoto" ADD CONSTRAINT "ClinicalPhoto_treatmentRecordId_fkey" FOREIGN KEY ("treatmentRecordId") REFERENCES "TreatmentRecord"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicalPhoto" ADD CONSTRAINT "ClinicalPhoto_takenById_fkey" FOREIGN KEY ("takenById") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "soap_notes" ADD CONSTRAINT "soap_notes_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "patients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "soap_notes" ADD CONSTRAINT "soap_notes_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "soap_notes" ADD CONSTRAINT "soap_notes_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Staff"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_StaffQualifications" ADD CONSTRAINT "_StaffQualifications_A_fkey" FOREIGN KEY ("A") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_StaffQualifications" ADD CONSTRAINT "_StaffQualifications_B_fkey" FOREIGN KEY ("B") REFERENCES "Staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;
