-- CreateEnum
CREATE TYPE "TemplateCategory" AS ENUM ('APPOINTMENT', 'REMINDER', 'MARKETING', 'BILLING', 'TREATMENT', 'GENERAL');

-- CreateEnum
CREATE TYPE "TemplateChannel" AS ENUM ('SMS', 'EMAIL', 'BOTH');

-- CreateEnum
CREATE TYPE "AlertType" AS ENUM ('NEW_MESSAGE', 'URGENT_MESSAGE', 'OPT_OUT', 'DELIVERY_FAILURE', 'MISSED_CALL', 'APPOINTMENT_REQUEST');

-- CreateEnum
CREATE TYPE "PhoneType" AS ENUM ('MOBILE', 'LANDLINE', 'VOIP', 'UNKNOWN');

-- CreateTable
CREATE TABLE "MessageTemplate" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "category" "TemplateCategory" NOT NULL,
    "channel" "TemplateChannel" NOT NULL DEFAULT 'SMS',
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "variables" TEXT[],
    "locationId" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "isSystem" BOOLEAN NOT NULL DEFAULT false,
    "usageCount" INTEGER NOT NULL DEFAULT 0,
    "lastUsedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdBy" TEXT,

    CONSTRAINT "MessageTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboundMessage" (
    "id" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "channel" "MessageChannel" NOT NULL DEFAULT 'SMS',
    "fromNumber" TEXT NOT NULL,
    "toNumber" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "mediaUrls" TEXT[],
    "patientId" TEXT,
    "conversationId" TEXT,
    "keyword" TEXT,
    "isOptOut" BOOLEAN NOT NULL DEFAULT false,
    "processed" BOOLEAN NOT NULL DEFAULT false,
    "processedAt" TIMESTAMP(3),
    "rawPayload" JSONB,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InboundMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboundMessage" (
    "id" TEXT NOT NULL,
    "externalId" TEXT,
    "channel" "MessageChannel" NOT NULL DEFAULT 'SMS',
    "type" "MessageType" NOT NULL DEFAULT 'TEXT',
    "priority" "MessagePriority" NOT NULL DEFAULT 'NORMAL',
    "status" "MessageStatus" NOT NULL DEFAULT 'QUEUED',
    "toNumber" TEXT NOT NULL,
    "fromNumber" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "mediaUrls" TEXT[],
    "patientId" TEXT,
    "conversationId" TEXT,
    "campaignId" TEXT,
    "appointmentId" TEXT,
    "templateId" TEXT,
    "sentBy" TEXT,
    "segments" INTEGER,
    "cost" DECIMAL(10,4),
    "retryCount" INTEGER NOT NULL DEFAULT 0,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "scheduledFor" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "failedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutboundMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusUpdate" (
    "id" TEXT NOT NULL,
    "messageId" TEXT,
    "externalId" TEXT NOT NULL,
    "status" "MessageStatus" NOT NULL,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "rawPayload" JSONB,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffAlert" (
    "id" TEXT NOT NULL,
    "type" "AlertType" NOT NULL,
    "priority" "MessagePriority" NOT NULL DEFAULT 'NORMAL',
    "title" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "patientId" TEXT,
    "conversationId" TEXT,
    "appointmentId" TEXT,
    "targetUserId" TEXT,
    "targetRole" TEXT,
    "actionUrl" TEXT,
    "metadata" JSONB,
    "isRead" BOOLEAN NOT NULL DEFAULT false,
    "readAt" TIMESTAMP(3),
    "readBy" TEXT,
    "isDismissed" BOOLEAN NOT NULL DEFAULT false,
    "dismissedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PatientMessagingProfile" (
    "id" TEXT NOT NULL,
    "patientId" TEXT NOT NULL,
    "phoneNumber" TEXT,
    "phoneType" "PhoneType",
    "phoneVerified" BOOLEAN NOT NULL DEFAULT false,
    "email" TEXT,
    "preferredChannel" "MessageChannel" NOT NULL DEFAULT 'SMS',
    "smsOptIn" BOOLEAN NOT NULL DEFAULT false,
    "emailOptIn" BOOLEAN NOT NULL DEFAULT false,
    "marketingOptIn" BOOLEAN NOT NULL DEFAULT false,
    "optedOutAt" TIMESTAMP(3),
    "optOutReason" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "timezone" TEXT,
    "quietHoursStart" TEXT,
    "quietHoursEnd" TEXT,
    "lastInboundAt" TIMESTAMP(3),
    "lastOutboundAt" TIMESTAMP(3),
    "messageCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PatientMessagingProfile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MessageTemplate_slug_key" ON "MessageTemplate"("slug");

-- CreateIndex
CREATE INDEX "MessageTemplate_category_isActive_idx" ON "MessageTemplate"("category", "isActive");

-- CreateIndex
CREATE INDEX "MessageTemplate_locationId_idx" ON "MessageTemplate"("locationId");

-- CreateIndex
CREATE UNIQUE INDEX "InboundMessage_externalId_key" ON "InboundMessage"("externalId");

-- CreateIndex
CREATE INDEX "InboundMessage_fromNumber_idx" ON "InboundMessage"("fromNumber");

-- CreateIndex
CREATE INDEX "InboundMessage_patientId_idx" ON "InboundMessage"("patientId");

-- CreateIndex
CREATE INDEX "InboundMessage_conversationId_idx" ON "InboundMessage"("conversationId");

-- CreateIndex
CREATE INDEX "InboundMessage_processed_receivedAt_idx" ON "InboundMessage"("processed", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboundMessage_externalId_key" ON "OutboundMessage"("externalId");

-- CreateIndex
CREATE INDEX "OutboundMessage_patientId_idx" ON "OutboundMessage"("patientId");

-- CreateIndex
CREATE INDEX "OutboundMessage_conversationId_idx" ON "OutboundMessage"("conversationId");

-- CreateIndex
CREATE INDEX "OutboundMessage_campaignId_idx" ON "OutboundMessage"("campaignId");

-- CreateIndex
CREATE INDEX "OutboundMessage_status_scheduledFor_idx" ON "OutboundMessage"("status", "scheduledFor");

-- CreateIndex
CREATE INDEX "OutboundMessage_createdAt_idx" ON "OutboundMessage"("createdAt");

-- CreateIndex
CREATE INDEX "StatusUpdate_messageId_idx" ON "StatusUpdate"("messageId");

-- CreateIndex
CREATE UNIQUE INDEX "StatusUpdate_externalId_status_key" ON "StatusUpdate"("externalId", "status");

-- CreateIndex
CREATE INDEX "StaffAlert_targetUserId_isRead_idx" ON "StaffAlert"("targetUserId", "isRead");

-- CreateIndex
CREATE INDEX "StaffAlert_type_idx" ON "StaffAlert"("type");

-- CreateIndex
CREATE INDEX "StaffAlert_patientId_idx" ON "StaffAlert"("patientId");

-- CreateIndex
CREATE INDEX "StaffAlert_createdAt_idx" ON "StaffAlert"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PatientMessagingProfile_patientId_key" ON "PatientMessagingProfile"("patientId");

-- CreateIndex
CREATE UNIQUE INDEX "PatientMessagingProfile_phoneNumber_key" ON "PatientMessagingProfile"("phoneNumber");
