-- CreateEnum
CREATE TYPE "MessageChannel" AS ENUM ('SMS', 'EMAIL', 'WHATSAPP', 'VOICE', 'PUSH', 'IN_APP');

-- CreateEnum
CREATE TYPE "MessageDirection" AS ENUM ('INBOUND', 'OUTBOUND');

-- CreateEnum
CREATE TYPE "MessagePriority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "MessageStatus" AS ENUM ('QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'READ', 'FAILED', 'UNDELIVERED', 'RECEIVED');

-- CreateEnum
CREATE TYPE "ConversationStatus" AS ENUM ('OPEN', 'PENDING', 'SNOOZED', 'RESOLVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "MessageType" AS ENUM ('TEXT', 'MEDIA', 'TEMPLATE', 'SYSTEM', 'AUTOMATED');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'SENDING', 'SENT', 'PAUSED', 'CANCELLED', 'FAILED');

-- CreateEnum
CREATE TYPE "CampaignRecipientStatus" AS ENUM ('PENDING', 'SENT', 'DELIVERED', 'OPENED', 'CLICKED', 'FAILED', 'OPTED_OUT');

-- CreateEnum
CREATE TYPE "AudienceType" AS ENUM ('ALL_PATIENTS', 'SEGMENT', 'MEMBERS', 'CUSTOM_LIST', 'LAPSED_PATIENTS');

-- CreateEnum
CREATE TYPE "ConsentStatus" AS ENUM ('PENDING', 'GRANTED', 'REVOKED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "ConsentSource" AS ENUM ('WEB_FORM', 'SMS_KEYWORD', 'IN_PERSON', 'PHONE', 'IMPORT', 'API');

-- CreateEnum
CREATE TYPE "ConsentAction" AS ENUM ('GRANTED', 'REVOKED', 'UPDATED', 'EXPIRED', 'RENEWED');

-- CreateEnum
CREATE TYPE "ConsentType" AS ENUM ('TRANSACTIONAL', 'MARKETING', 'APPOINTMENT_REMINDERS', 'PROMOTIONAL');

-- CreateEnum
CREATE TYPE "ReminderType" AS ENUM ('CONFIRMATION', 'REMINDER_48H', 'REMINDER_24H', 'REMINDER_2H', 'FOLLOW_UP', 'REBOOKING');

-- CreateEnum
CREATE TYPE "ReminderStatus" AS ENUM ('SCHEDULED', 'SENT', 'DELIVERED', 'FAILED', 'CANCELLED', 'CONFIRMED');

-- CreateEnum
CREATE TYPE "PendingReminderStatus" AS ENUM ('PENDING', 'PROCESSING', 'SENT', 'FAILED', 'SKIPPED');

-- CreateTable
CREATE TABLE "Conversation" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "patientPhone" TEXT,
    "patientName" TEXT,
    "channel" "MessageChannel" NOT NULL DEFAULT 'SMS',
    "status" "ConversationStatus" NOT NULL DEFAULT 'OPEN',
    "priority" "MessagePriority" NOT NULL DEFAULT 'NORMAL',
    "subject" TEXT,
    "assignedTo" TEXT,
    "locationId" TEXT,
    "lastMessageAt" TIMESTAMP(3),
    "lastMessagePreview" TEXT,
    "unreadCount" INTEGER NOT NULL DEFAULT 0,
    "tags" TEXT[],
    "snoozedUntil" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "closedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MessagingMessage" (
    "id" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "direction" "MessageDirection" NOT NULL,
    "type" "MessageType" NOT NULL DEFAULT 'TEXT',
    "channel" "MessageChannel" NOT NULL,
    "body" TEXT NOT NULL,
    "mediaUrls" TEXT[],
    "status" "MessageStatus" NOT NULL DEFAULT 'QUEUED',
    "senderId" TEXT,
    "senderName" TEXT,
    "externalId" TEXT,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "metadata" JSONB,
    "sentAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MessagingMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "channel" "MessageChannel" NOT NULL,
    "status" "CampaignStatus" NOT NULL DEFAULT 'DRAFT',
    "audienceType" "AudienceType" NOT NULL DEFAULT 'ALL_PATIENTS',
    "audienceFilter" JSONB,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "templateId" TEXT,
    "scheduledAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "totalRecipients" INTEGER NOT NULL DEFAULT 0,
    "sentCount" INTEGER NOT NULL DEFAULT 0,
    "deliveredCount" INTEGER NOT NULL DEFAULT 0,
    "failedCount" INTEGER NOT NULL DEFAULT 0,
    "openedCount" INTEGER NOT NULL DEFAULT 0,
    "clickedCount" INTEGER NOT NULL DEFAULT 0,
    "optOutCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "approvedBy" TEXT,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignRecipient" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "status" "CampaignRecipientStatus" NOT NULL DEFAULT 'PENDING',
    "externalMessageId" TEXT,
    "errorMessage" TEXT,
    "sentAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "openedAt" TIMESTAMP(3),
    "clickedAt" TIMESTAMP(3),
    "failedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CampaignRecipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentRecord" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "channel" "MessageChannel" NOT NULL,
    "consentType" "ConsentType" NOT NULL,
    "status" "ConsentStatus" NOT NULL DEFAULT 'PENDING',
    "source" "ConsentSource" NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "consentText" TEXT,
    "consentVersion" TEXT,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "grantedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "recordedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsentRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentAuditLog" (
    "id" TEXT NOT NULL,
    "consentRecordId" TEXT,
    "patientId" TEXT NOT NULL,
    "action" "ConsentAction" NOT NULL,
    "channel" "MessageChannel" NOT NULL,
    "consentType" "ConsentType" NOT NULL,
    "previousStatus" "ConsentStatus",
    "newStatus" "ConsentStatus" NOT NULL,
    "source" "ConsentSource" NOT NULL,
    "performedBy" TEXT,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "details" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentAuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderSettings" (
    "id" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "channels" "MessageChannel"[] DEFAULT ARRAY['SMS', 'EMAIL']::"MessageChannel"[],
    "firstReminderHours" INTEGER NOT NULL DEFAULT 48,
    "secondReminderHours" INTEGER DEFAULT 24,
    "sameDayReminder" BOOLEAN NOT NULL DEFAULT true,
    "confirmationRequired" BOOLEAN NOT NULL DEFAULT true,
    "quietHoursStart" TEXT DEFAULT '21:00',
    "quietHoursEnd" TEXT DEFAULT '08:00',
    "timezone" TEXT NOT NULL DEFAULT 'America/New_York',
    "templateIds" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastModifiedBy" TEXT,

    CONSTRAINT "ReminderSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SentReminder" (
    "id" TEXT NOT NULL,
    "appointmentId" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "type" "ReminderType" NOT NULL,
    "channel" "MessageChannel" NOT NULL,
    "status" "ReminderStatus" NOT NULL DEFAULT 'SCHEDULED',
    "scheduledFor" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "response" TEXT,
    "respondedAt" TIMESTAMP(3),
    "externalMessageId" TEXT,
    "errorMessage" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SentReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Conversation_status_idx" ON "Conversation"("status");

-- CreateIndex
CREATE INDEX "Conversation_assignedTo_idx" ON "Conversation"("assignedTo");

-- CreateIndex
CREATE INDEX "Conversation_lastMessageAt_idx" ON "Conversation"("lastMessageAt");

-- CreateIndex
CREATE INDEX "Conversation_patientPhone_idx" ON "Conversation"("patientPhone");

-- CreateIndex
CREATE UNIQUE INDEX "Conversation_patientId_channel_key" ON "Conversation"("patientId", "channel");

-- CreateIndex
CREATE UNIQUE INDEX "MessagingMessage_externalId_key" ON "MessagingMessage"("externalId");

-- CreateIndex
CREATE INDEX "MessagingMessage_conversationId_createdAt_idx" ON "MessagingMessage"("conversationId", "createdAt");

-- CreateIndex
CREATE INDEX "MessagingMessage_status_idx" ON "MessagingMessage"("status");

-- CreateIndex
CREATE INDEX "MessagingMessage_senderId_idx" ON "MessagingMessage"("senderId");

-- CreateIndex
CREATE INDEX "Campaign_status_scheduledAt_idx" ON "Campaign"("status", "scheduledAt");

-- CreateIndex
CREATE INDEX "Campaign_templateId_idx" ON "Campaign"("templateId");

-- CreateIndex
CREATE INDEX "Campaign_createdBy_idx" ON "Campaign"("createdBy");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignRecipient_externalMessageId_key" ON "CampaignRecipient"("externalMessageId");

-- CreateIndex
CREATE INDEX "CampaignRecipient_patientId_idx" ON "CampaignRecipient"("patientId");

-- CreateIndex
CREATE INDEX "CampaignRecipient_status_idx" ON "CampaignRecipient"("status");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignRecipient_campaignId_patientId_key" ON "CampaignRecipient"("campaignId", "patientId");

-- CreateIndex
CREATE INDEX "ConsentRecord_status_idx" ON "ConsentRecord"("status");

-- CreateIndex
CREATE INDEX "ConsentRecord_phone_idx" ON "ConsentRecord"("phone");

-- CreateIndex
CREATE INDEX "ConsentRecord_email_idx" ON "ConsentRecord"("email");

-- CreateIndex
CREATE UNIQUE INDEX "ConsentRecord_patientId_channel_consentType_key" ON "ConsentRecord"("patientId", "channel", "consentType");

-- CreateIndex
CREATE INDEX "ConsentAuditLog_patientId_createdAt_idx" ON "ConsentAuditLog"("patientId", "createdAt");

-- CreateIndex
CREATE INDEX "ConsentAuditLog_consentRecordId_idx" ON "ConsentAuditLog"("consentRecordId");

-- CreateIndex
CREATE INDEX "ConsentAuditLog_action_idx" ON "ConsentAuditLog"("action");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderSettings_locationId_key" ON "ReminderSettings"("locationId");

-- CreateIndex
CREATE INDEX "SentReminder_patientId_idx" ON "SentReminder"("patientId");

-- CreateIndex
CREATE INDEX "SentReminder_status_scheduledFor_idx" ON "SentReminder"("status", "scheduledFor");

-- CreateIndex
CREATE UNIQUE INDEX "SentReminder_appointmentId_type_channel_key" ON "SentReminder"("appointmentId", "type", "channel");

-- AddForeignKey
ALTER TABLE "MessagingMessage" ADD CONSTRAINT "MessagingMessage_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignRecipient" ADD CONSTRAINT "CampaignRecipient_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
