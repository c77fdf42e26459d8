-- AlterEnum
ALTER TYPE "AppointmentStatus" ADD VALUE 'LATE_CANCELLED';

-- DropForeignKey
ALTER TABLE "Appointment" DROP CONSTRAINT "Appointment_patientId_fkey";

-- CreateIndex
CREATE UNIQUE INDEX "Staff_npi_key" ON "Staff"("npi");

-- CreateIndex
CREATE INDEX "Staff_primaryLocationId_status_idx" ON "Staff"("primaryLocationId", "status");

-- CreateIndex
CREATE INDEX "patients_tags_idx" ON "patients" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "invoice_status_due_idx" ON "Invoice"("status", "dueOn");

-- CreateIndex
CREATE INDEX "Payment_paidAt_idx" ON "Payment"("paidAt" DESC);

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "patients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
