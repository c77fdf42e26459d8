-- CreateEnum
CREATE TYPE "FormType" AS ENUM ('INTAKE', 'MEDICAL_HISTORY', 'CONSENT', 'POST_CARE', 'PHOTO_RELEASE', 'FINANCIAL_POLICY', 'SURVEY');

-- CreateEnum
CREATE TYPE "FormTemplateStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('PENDING', 'IN_PROGRESS', 'COMPLETED', 'EXPIRED', 'VOIDED');

-- CreateEnum
CREATE TYPE "SignerRole" AS ENUM ('PATIENT', 'GUARDIAN', 'PROVIDER', 'WITNESS');

-- CreateEnum
CREATE TYPE "SignatureMethod" AS ENUM ('DRAWN', 'TYPED', 'CLICK_TO_ACCEPT');

-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "consentTemplateId" TEXT;

-- CreateTable
CREATE TABLE "FormTemplate" (
    "id" TEXT NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "type" "FormType" NOT NULL,
    "status" "FormTemplateStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "fields" JSONB NOT NULL,
    "body" TEXT,
    "requiresSignature" BOOLEAN NOT NULL DEFAULT true,
    "expiresAfterDays" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FormTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FormSubmission" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "appointmentId" TEXT,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'PENDING',
    "answers" JSONB NOT NULL DEFAULT '{}',
    "sentAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "ipAddress" VARCHAR(45),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FormSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signature" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "witnessId" TEXT,
    "signerRole" "SignerRole" NOT NULL DEFAULT 'PATIENT',
    "signerName" VARCHAR(160) NOT NULL,
    "method" "SignatureMethod" NOT NULL DEFAULT 'DRAWN',
    "imageKey" VARCHAR(255),
    "ipAddress" VARCHAR(45),
    "userAgent" TEXT,
    "signedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Signature_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FormTemplate_name_version_key" ON "FormTemplate"("name", "version");

-- CreateIndex
CREATE INDEX "FormSubmission_patientId_status_idx" ON "FormSubmission"("patientId", "status");

-- CreateIndex
CREATE INDEX "FormSubmission_templateId_idx" ON "FormSubmission"("templateId");

-- CreateIndex
CREATE UNIQUE INDEX "Signature_submissionId_signerRole_key" ON "Signature"("submissionId", "signerRole");

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_consentTemplateId_fkey" FOREIGN KEY ("consentTemplateId") REFERENCES "FormTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormSubmission" ADD CONSTRAINT "FormSubmission_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "FormTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormSubmission" ADD CONSTRAINT "FormSubmission_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "patients"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormSubmission" ADD CONSTRAINT "FormSubmission_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "FormSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signature" ADD CONSTRAINT "Signature_witnessId_fkey" FOREIGN KEY ("witnessId") REFERENCES "Staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;
