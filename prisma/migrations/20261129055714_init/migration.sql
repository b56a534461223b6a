-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DistrictKind" AS ENUM ('DISTRICT', 'COUNTY', 'AUTONOMOUS_COUNTY');

-- CreateEnum
CREATE TYPE "StreetKind" AS ENUM ('STREET', 'TOWN', 'TOWNSHIP');

-- CreateEnum
CREATE TYPE "PropertyType" AS ENUM ('COMMODITY', 'REFORM_HOUSING', 'PUBLIC_HOUSING', 'RESETTLEMENT', 'UNIT_STAFF_HOUSING', 'MIXED', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'COMMISSION', 'DISTRICT', 'DEPARTMENT', 'RESIDENT');

-- CreateEnum
CREATE TYPE "ContentCategory" AS ENUM ('BASIC', 'IMPROVEMENT', 'UPGRADE');

-- CreateEnum
CREATE TYPE "MatterType" AS ENUM ('SPECIAL', 'ORDINARY');

-- CreateEnum
CREATE TYPE "ProjectStage" AS ENUM ('RESERVE', 'CONSULTATION', 'DESIGN', 'APPROVED', 'CONSTRUCTION', 'ACCEPTANCE', 'COMPLETED', 'LONG_TERM');

-- CreateEnum
CREATE TYPE "ManagementModel" AS ENUM ('PROPERTY_COMPANY', 'COMMUNITY_SERVICE_CENTRE', 'SELF_MANAGEMENT');

-- CreateEnum
CREATE TYPE "ProjectItemStatus" AS ENUM ('INCLUDED', 'PROPOSED', 'REJECTED', 'DROPPED');

-- CreateEnum
CREATE TYPE "ReviewConclusion" AS ENUM ('PASSED', 'REVISE', 'REJECTED');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('PHOTO', 'DOCUMENT');

-- CreateEnum
CREATE TYPE "BallotStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED', 'FINAL', 'CANCELLED');

-- CreateEnum
CREATE TYPE "BallotOutcome" AS ENUM ('PENDING', 'PASSED', 'FAILED', 'NOT_QUORATE');

-- CreateEnum
CREATE TYPE "VoteChoice" AS ENUM ('AGREE', 'DISAGREE', 'ABSTAIN');

-- CreateEnum
CREATE TYPE "VoteEvent" AS ENUM ('ONLINE_CAST', 'ONLINE_CHANGED', 'PAPER_ENTERED', 'PAPER_VOIDED');

-- CreateEnum
CREATE TYPE "ObjectionStatus" AS ENUM ('OPEN', 'ANSWERED');

-- CreateEnum
CREATE TYPE "FeedbackKind" AS ENUM ('PROBLEM', 'RATING');

-- CreateEnum
CREATE TYPE "FeedbackStatus" AS ENUM ('OPEN', 'ANSWERED', 'CLOSED');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');

-- CreateEnum
CREATE TYPE "StartQuarter" AS ENUM ('Q1', 'Q2', 'Q3', 'Q4');

-- CreateEnum
CREATE TYPE "PlanReviewAction" AS ENUM ('SUBMIT', 'RETURN', 'APPROVE', 'AMEND');

-- CreateEnum
CREATE TYPE "SnapshotKind" AS ENUM ('MONTHLY', 'MANUAL');

-- CreateEnum
CREATE TYPE "FundingSource" AS ENUM ('CENTRAL_SUBSIDY', 'MUNICIPAL_FINANCE', 'DISTRICT_FINANCE', 'SPECIAL_BOND', 'RESIDENT_DIRECT', 'MAINTENANCE_FUND_USE', 'MAINTENANCE_FUND_RAISE', 'PUBLIC_REVENUE', 'PROVIDENT_FUND', 'UTILITY_COMPANY', 'SOCIAL_CAPITAL', 'ORIGINAL_OWNER_UNIT', 'OTHER');

-- CreateEnum
CREATE TYPE "FundingStatus" AS ENUM ('PLANNED', 'COMMITTED', 'PAID');

-- CreateEnum
CREATE TYPE "SharePayment" AS ENUM ('UNPAID', 'DIRECT', 'PROVIDENT_FUND');

-- CreateEnum
CREATE TYPE "TaskKind" AS ENUM ('INSPECTION', 'SIGN_OFF', 'COORDINATION', 'PROCEDURE');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'REJECTED', 'CANCELLED');

-- CreateTable
CREATE TABLE "District" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "DistrictKind" NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "validFrom" DATE NOT NULL DEFAULT '2016-01-01'::timestamp,
    "validTo" DATE,
    "supersededById" TEXT,
    "allows2005Extension" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "District_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Street" (
    "id" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "StreetKind" NOT NULL DEFAULT 'STREET',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Street_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Community" (
    "id" TEXT NOT NULL,
    "streetId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Community_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Neighborhood" (
    "id" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "streetId" TEXT,
    "communityId" TEXT,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "completionYear" INTEGER NOT NULL,
    "poorCondition" BOOLEAN NOT NULL DEFAULT false,
    "singleBuilding" BOOLEAN NOT NULL DEFAULT false,
    "buildingCount" INTEGER NOT NULL DEFAULT 0,
    "propertyType" "PropertyType" NOT NULL DEFAULT 'OTHER',
    "notes" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Neighborhood_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Building" (
    "id" TEXT NOT NULL,
    "neighborhoodId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "floors" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Building_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StairUnit" (
    "id" TEXT NOT NULL,
    "buildingId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "floors" INTEGER NOT NULL,
    "hasLift" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StairUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dwelling" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "neighborhoodId" TEXT NOT NULL,
    "room" TEXT NOT NULL,
    "floor" INTEGER NOT NULL,
    "areaM2" DECIMAL(10,2) NOT NULL,
    "ownerRef" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Dwelling_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "districtId" TEXT,
    "departmentId" TEXT,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "locale" TEXT NOT NULL DEFAULT 'zh',
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResidentDwelling" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "dwellingId" TEXT NOT NULL,
    "codeId" TEXT,
    "boundAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ResidentDwelling_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BindingCode" (
    "id" TEXT NOT NULL,
    "dwellingId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "issuedById" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "redeemedAt" TIMESTAMP(3),

    CONSTRAINT "BindingCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogueItem" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "category" "ContentCategory" NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "unit" TEXT NOT NULL DEFAULT '项',
    "defaultMatter" "MatterType" NOT NULL DEFAULT 'ORDINARY',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "districtId" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogueItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "stage" "ProjectStage" NOT NULL DEFAULT 'RESERVE',
    "description" TEXT NOT NULL DEFAULT '',
    "managementModel" "ManagementModel",
    "managementNote" TEXT,
    "startedAt" DATE,
    "completedAt" DATE,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectNeighborhood" (
    "projectId" TEXT NOT NULL,
    "neighborhoodId" TEXT NOT NULL,

    CONSTRAINT "ProjectNeighborhood_pkey" PRIMARY KEY ("projectId","neighborhoodId")
);

-- CreateTable
CREATE TABLE "ProjectItem" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "catalogueItemId" TEXT NOT NULL,
    "unitId" TEXT,
    "quantity" DECIMAL(12,2) NOT NULL,
    "estimatedCostFen" BIGINT NOT NULL,
    "matter" "MatterType" NOT NULL,
    "status" "ProjectItemStatus" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectStageChange" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "fromStage" "ProjectStage",
    "toStage" "ProjectStage" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "actorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectStageChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DesignReview" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "reviewedOn" DATE NOT NULL,
    "experts" TEXT NOT NULL,
    "conclusion" "ReviewConclusion" NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DesignReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "plannedStart" DATE,
    "plannedEnd" DATE NOT NULL,
    "actualEnd" DATE,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "milestoneId" TEXT,
    "kind" "EvidenceKind" NOT NULL,
    "caption" TEXT NOT NULL DEFAULT '',
    "fileName" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "uploadedById" TEXT,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ballot" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "BallotStatus" NOT NULL DEFAULT 'DRAFT',
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "showRunningResults" BOOLEAN NOT NULL DEFAULT false,
    "noticeWorkingDays" INTEGER NOT NULL DEFAULT 5,
    "publishedAt" TIMESTAMP(3),
    "noticeEndsAt" TIMESTAMP(3),
    "finalizedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Ballot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BallotItem" (
    "id" TEXT NOT NULL,
    "ballotId" TEXT NOT NULL,
    "projectItemId" TEXT NOT NULL,
    "unitId" TEXT,
    "matter" "MatterType" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "estimatedCostFen" BIGINT NOT NULL,
    "contributionNote" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "outcome" "BallotOutcome" NOT NULL DEFAULT 'PENDING',
    "result" JSONB,

    CONSTRAINT "BallotItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vote" (
    "id" TEXT NOT NULL,
    "ballotItemId" TEXT NOT NULL,
    "dwellingId" TEXT NOT NULL,
    "choice" "VoteChoice" NOT NULL,
    "castById" TEXT NOT NULL,
    "castAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaperBallot" (
    "id" TEXT NOT NULL,
    "ballotItemId" TEXT NOT NULL,
    "dwellingId" TEXT NOT NULL,
    "choice" "VoteChoice" NOT NULL,
    "scanKey" TEXT NOT NULL,
    "enteredById" TEXT NOT NULL,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "voidedAt" TIMESTAMP(3),
    "voidedById" TEXT,
    "voidReason" TEXT,

    CONSTRAINT "PaperBallot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VoteHistory" (
    "id" BIGSERIAL NOT NULL,
    "ballotItemId" TEXT NOT NULL,
    "dwellingId" TEXT NOT NULL,
    "event" "VoteEvent" NOT NULL,
    "choice" "VoteChoice",
    "actorId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VoteHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BallotObjection" (
    "id" TEXT NOT NULL,
    "ballotId" TEXT NOT NULL,
    "ballotItemId" TEXT,
    "userId" TEXT NOT NULL,
    "dwellingId" TEXT,
    "body" TEXT NOT NULL,
    "status" "ObjectionStatus" NOT NULL DEFAULT 'OPEN',
    "response" TEXT,
    "respondedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "respondedAt" TIMESTAMP(3),

    CONSTRAINT "BallotObjection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Feedback" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "dwellingId" TEXT,
    "userId" TEXT NOT NULL,
    "kind" "FeedbackKind" NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "photoKey" TEXT,
    "score" INTEGER,
    "status" "FeedbackStatus" NOT NULL DEFAULT 'OPEN',
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualPlan" (
    "id" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnnualPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualPlanEntry" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "neighborhoodId" TEXT,
    "projectId" TEXT,
    "floorAreaM2" DECIMAL(14,2) NOT NULL,
    "households" INTEGER NOT NULL,
    "buildings" INTEGER NOT NULL,
    "investmentFen" BIGINT NOT NULL,
    "startQuarter" "StartQuarter" NOT NULL,
    "categories" "ContentCategory"[],
    "residentsConsulted" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnnualPlanEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualPlanVersion" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "entries" JSONB NOT NULL,
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnnualPlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanReview" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "action" "PlanReviewAction" NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "actorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanReviewComment" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "entryId" TEXT,
    "body" TEXT NOT NULL,

    CONSTRAINT "PlanReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanAmendment" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeTarget" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "neighborhoods" INTEGER NOT NULL,
    "floorAreaM2" DECIMAL(14,2) NOT NULL,
    "households" INTEGER NOT NULL,
    "investmentFen" BIGINT,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgrammeTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DistrictTargetShare" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "districtId" TEXT NOT NULL,
    "neighborhoods" INTEGER NOT NULL,
    "floorAreaM2" DECIMAL(14,2) NOT NULL,
    "households" INTEGER NOT NULL,
    "investmentFen" BIGINT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DistrictTargetShare_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RollupSnapshot" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" TEXT NOT NULL,
    "kind" "SnapshotKind" NOT NULL,
    "data" JSONB NOT NULL,
    "takenById" TEXT,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RollupSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingRecord" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "projectItemId" TEXT,
    "source" "FundingSource" NOT NULL,
    "status" "FundingStatus" NOT NULL DEFAULT 'PLANNED',
    "plannedFen" BIGINT NOT NULL,
    "committedFen" BIGINT NOT NULL DEFAULT 0,
    "paidFen" BIGINT NOT NULL DEFAULT 0,
    "recordedOn" DATE NOT NULL,
    "documentRef" TEXT NOT NULL DEFAULT '',
    "attachmentKey" TEXT,
    "ballotItemId" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FundingRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiftCoefficient" (
    "id" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "floor" INTEGER NOT NULL,
    "coefficient" DECIMAL(6,3) NOT NULL,

    CONSTRAINT "LiftCoefficient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiftCostShare" (
    "id" TEXT NOT NULL,
    "projectItemId" TEXT NOT NULL,
    "dwellingId" TEXT NOT NULL,
    "fen" BIGINT NOT NULL,
    "payment" "SharePayment" NOT NULL DEFAULT 'UNPAID',
    "paidAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiftCostShare_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Department" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DepartmentDuty" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "category" "ContentCategory",
    "stage" "ProjectStage",
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DepartmentDuty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoutingRule" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "matchTag" TEXT NOT NULL,
    "stage" "ProjectStage" NOT NULL,
    "kind" "TaskKind" NOT NULL,
    "title" TEXT NOT NULL,
    "dueDays" INTEGER NOT NULL DEFAULT 30,
    "requiredForAcceptance" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoutingRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DepartmentTask" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "projectItemId" TEXT,
    "ruleId" TEXT,
    "dedupeKey" TEXT NOT NULL,
    "kind" "TaskKind" NOT NULL,
    "title" TEXT NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'OPEN',
    "requiredForAcceptance" BOOLEAN NOT NULL DEFAULT false,
    "dueOn" DATE NOT NULL,
    "resultNote" TEXT,
    "rejectReason" TEXT,
    "completedAt" TIMESTAMP(3),
    "completedById" TEXT,
    "escalatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DepartmentTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorRole" "Role",
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "districtId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ConditionAssessment" (
    "id" TEXT NOT NULL,
    "neighborhoodId" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "scoreBasic" INTEGER NOT NULL,
    "scoreImprovement" INTEGER NOT NULL,
    "scoreUpgrade" INTEGER NOT NULL,
    "assessedById" TEXT,
    "assessedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConditionAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "District_code_key" ON "District"("code");

-- CreateIndex
CREATE INDEX "District_validTo_idx" ON "District"("validTo");

-- CreateIndex
CREATE UNIQUE INDEX "Street_districtId_name_key" ON "Street"("districtId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Community_streetId_name_key" ON "Community"("streetId", "name");

-- CreateIndex
CREATE INDEX "Neighborhood_districtId_streetId_idx" ON "Neighborhood"("districtId", "streetId");

-- CreateIndex
CREATE INDEX "Neighborhood_districtId_completionYear_idx" ON "Neighborhood"("districtId", "completionYear");

-- CreateIndex
CREATE INDEX "Neighborhood_name_idx" ON "Neighborhood"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Neighborhood_districtId_name_address_key" ON "Neighborhood"("districtId", "name", "address");

-- CreateIndex
CREATE UNIQUE INDEX "Building_neighborhoodId_name_key" ON "Building"("neighborhoodId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "StairUnit_buildingId_name_key" ON "StairUnit"("buildingId", "name");

-- CreateIndex
CREATE INDEX "Dwelling_neighborhoodId_idx" ON "Dwelling"("neighborhoodId");

-- CreateIndex
CREATE INDEX "Dwelling_neighborhoodId_ownerRef_idx" ON "Dwelling"("neighborhoodId", "ownerRef");

-- CreateIndex
CREATE UNIQUE INDEX "Dwelling_unitId_room_key" ON "Dwelling"("unitId", "room");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "User_districtId_idx" ON "User"("districtId");

-- CreateIndex
CREATE INDEX "User_departmentId_idx" ON "User"("departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "ResidentDwelling_codeId_key" ON "ResidentDwelling"("codeId");

-- CreateIndex
CREATE INDEX "ResidentDwelling_dwellingId_idx" ON "ResidentDwelling"("dwellingId");

-- CreateIndex
CREATE UNIQUE INDEX "ResidentDwelling_userId_dwellingId_key" ON "ResidentDwelling"("userId", "dwellingId");

-- CreateIndex
CREATE UNIQUE INDEX "BindingCode_code_key" ON "BindingCode"("code");

-- CreateIndex
CREATE INDEX "BindingCode_dwellingId_idx" ON "BindingCode"("dwellingId");

-- CreateIndex
CREATE INDEX "LoginAttempt_username_at_idx" ON "LoginAttempt"("username", "at");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_at_idx" ON "LoginAttempt"("ip", "at");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueItem_code_key" ON "CatalogueItem"("code");

-- CreateIndex
CREATE INDEX "CatalogueItem_category_sortOrder_idx" ON "CatalogueItem"("category", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "Project_code_key" ON "Project"("code");

-- CreateIndex
CREATE INDEX "Project_districtId_stage_idx" ON "Project"("districtId", "stage");

-- CreateIndex
CREATE INDEX "Project_year_stage_idx" ON "Project"("year", "stage");

-- CreateIndex
CREATE INDEX "ProjectNeighborhood_neighborhoodId_idx" ON "ProjectNeighborhood"("neighborhoodId");

-- CreateIndex
CREATE INDEX "ProjectItem_projectId_status_idx" ON "ProjectItem"("projectId", "status");

-- CreateIndex
CREATE INDEX "ProjectItem_catalogueItemId_idx" ON "ProjectItem"("catalogueItemId");

-- CreateIndex
CREATE INDEX "ProjectStageChange_projectId_at_idx" ON "ProjectStageChange"("projectId", "at");

-- CreateIndex
CREATE INDEX "DesignReview_projectId_idx" ON "DesignReview"("projectId");

-- CreateIndex
CREATE INDEX "Milestone_projectId_sortOrder_idx" ON "Milestone"("projectId", "sortOrder");

-- CreateIndex
CREATE INDEX "Milestone_plannedEnd_actualEnd_idx" ON "Milestone"("plannedEnd", "actualEnd");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_storageKey_key" ON "Evidence"("storageKey");

-- CreateIndex
CREATE INDEX "Evidence_projectId_uploadedAt_idx" ON "Evidence"("projectId", "uploadedAt");

-- CreateIndex
CREATE INDEX "Ballot_projectId_idx" ON "Ballot"("projectId");

-- CreateIndex
CREATE INDEX "Ballot_status_closesAt_idx" ON "Ballot"("status", "closesAt");

-- CreateIndex
CREATE INDEX "BallotItem_ballotId_sortOrder_idx" ON "BallotItem"("ballotId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "Vote_ballotItemId_dwellingId_key" ON "Vote"("ballotItemId", "dwellingId");

-- CreateIndex
CREATE INDEX "PaperBallot_ballotItemId_dwellingId_idx" ON "PaperBallot"("ballotItemId", "dwellingId");

-- CreateIndex
CREATE INDEX "VoteHistory_ballotItemId_dwellingId_at_idx" ON "VoteHistory"("ballotItemId", "dwellingId", "at");

-- CreateIndex
CREATE INDEX "BallotObjection_ballotId_status_idx" ON "BallotObjection"("ballotId", "status");

-- CreateIndex
CREATE INDEX "Feedback_projectId_kind_status_idx" ON "Feedback"("projectId", "kind", "status");

-- CreateIndex
CREATE INDEX "AnnualPlan_year_status_idx" ON "AnnualPlan"("year", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualPlan_districtId_year_key" ON "AnnualPlan"("districtId", "year");

-- CreateIndex
CREATE INDEX "AnnualPlanEntry_planId_sortOrder_idx" ON "AnnualPlanEntry"("planId", "sortOrder");

-- CreateIndex
CREATE INDEX "AnnualPlanEntry_neighborhoodId_idx" ON "AnnualPlanEntry"("neighborhoodId");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualPlanVersion_planId_version_key" ON "AnnualPlanVersion"("planId", "version");

-- CreateIndex
CREATE INDEX "PlanReview_planId_at_idx" ON "PlanReview"("planId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeTarget_year_key" ON "ProgrammeTarget"("year");

-- CreateIndex
CREATE UNIQUE INDEX "DistrictTargetShare_year_districtId_key" ON "DistrictTargetShare"("year", "districtId");

-- CreateIndex
CREATE INDEX "RollupSnapshot_year_month_idx" ON "RollupSnapshot"("year", "month");

-- CreateIndex
CREATE INDEX "FundingRecord_projectId_source_idx" ON "FundingRecord"("projectId", "source");

-- CreateIndex
CREATE UNIQUE INDEX "LiftCoefficient_districtId_floor_key" ON "LiftCoefficient"("districtId", "floor");

-- CreateIndex
CREATE UNIQUE INDEX "LiftCostShare_projectItemId_dwellingId_key" ON "LiftCostShare"("projectItemId", "dwellingId");

-- CreateIndex
CREATE UNIQUE INDEX "Department_code_key" ON "Department"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Department_name_key" ON "Department"("name");

-- CreateIndex
CREATE INDEX "DepartmentDuty_departmentId_idx" ON "DepartmentDuty"("departmentId");

-- CreateIndex
CREATE INDEX "RoutingRule_matchTag_active_idx" ON "RoutingRule"("matchTag", "active");

-- CreateIndex
CREATE UNIQUE INDEX "RoutingRule_departmentId_matchTag_stage_kind_key" ON "RoutingRule"("departmentId", "matchTag", "stage", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "DepartmentTask_dedupeKey_key" ON "DepartmentTask"("dedupeKey");

-- CreateIndex
CREATE INDEX "DepartmentTask_departmentId_status_dueOn_idx" ON "DepartmentTask"("departmentId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "DepartmentTask_projectId_status_idx" ON "DepartmentTask"("projectId", "status");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_at_idx" ON "AuditLog"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_districtId_at_idx" ON "AuditLog"("districtId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "ConditionAssessment_neighborhoodId_assessedAt_idx" ON "ConditionAssessment"("neighborhoodId", "assessedAt");

-- AddForeignKey
ALTER TABLE "District" ADD CONSTRAINT "District_supersededById_fkey" FOREIGN KEY ("supersededById") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Street" ADD CONSTRAINT "Street_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Community" ADD CONSTRAINT "Community_streetId_fkey" FOREIGN KEY ("streetId") REFERENCES "Street"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Neighborhood" ADD CONSTRAINT "Neighborhood_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Neighborhood" ADD CONSTRAINT "Neighborhood_streetId_fkey" FOREIGN KEY ("streetId") REFERENCES "Street"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Neighborhood" ADD CONSTRAINT "Neighborhood_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Building" ADD CONSTRAINT "Building_neighborhoodId_fkey" FOREIGN KEY ("neighborhoodId") REFERENCES "Neighborhood"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StairUnit" ADD CONSTRAINT "StairUnit_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dwelling" ADD CONSTRAINT "Dwelling_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "StairUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dwelling" ADD CONSTRAINT "Dwelling_neighborhoodId_fkey" FOREIGN KEY ("neighborhoodId") REFERENCES "Neighborhood"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidentDwelling" ADD CONSTRAINT "ResidentDwelling_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidentDwelling" ADD CONSTRAINT "ResidentDwelling_dwellingId_fkey" FOREIGN KEY ("dwellingId") REFERENCES "Dwelling"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidentDwelling" ADD CONSTRAINT "ResidentDwelling_codeId_fkey" FOREIGN KEY ("codeId") REFERENCES "BindingCode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BindingCode" ADD CONSTRAINT "BindingCode_dwellingId_fkey" FOREIGN KEY ("dwellingId") REFERENCES "Dwelling"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogueItem" ADD CONSTRAINT "CatalogueItem_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectNeighborhood" ADD CONSTRAINT "ProjectNeighborhood_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectNeighborhood" ADD CONSTRAINT "ProjectNeighborhood_neighborhoodId_fkey" FOREIGN KEY ("neighborhoodId") REFERENCES "Neighborhood"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectItem" ADD CONSTRAINT "ProjectItem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectItem" ADD CONSTRAINT "ProjectItem_catalogueItemId_fkey" FOREIGN KEY ("catalogueItemId") REFERENCES "CatalogueItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectItem" ADD CONSTRAINT "ProjectItem_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "StairUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectStageChange" ADD CONSTRAINT "ProjectStageChange_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DesignReview" ADD CONSTRAINT "DesignReview_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotItem" ADD CONSTRAINT "BallotItem_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "Ballot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotItem" ADD CONSTRAINT "BallotItem_projectItemId_fkey" FOREIGN KEY ("projectItemId") REFERENCES "ProjectItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotItem" ADD CONSTRAINT "BallotItem_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "StairUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_ballotItemId_fkey" FOREIGN KEY ("ballotItemId") REFERENCES "BallotItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_dwellingId_fkey" FOREIGN KEY ("dwellingId") REFERENCES "Dwelling"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperBallot" ADD CONSTRAINT "PaperBallot_ballotItemId_fkey" FOREIGN KEY ("ballotItemId") REFERENCES "BallotItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperBallot" ADD CONSTRAINT "PaperBallot_dwellingId_fkey" FOREIGN KEY ("dwellingId") REFERENCES "Dwelling"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteHistory" ADD CONSTRAINT "VoteHistory_ballotItemId_fkey" FOREIGN KEY ("ballotItemId") REFERENCES "BallotItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotObjection" ADD CONSTRAINT "BallotObjection_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "Ballot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_dwellingId_fkey" FOREIGN KEY ("dwellingId") REFERENCES "Dwelling"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualPlan" ADD CONSTRAINT "AnnualPlan_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualPlanEntry" ADD CONSTRAINT "AnnualPlanEntry_planId_fkey" FOREIGN KEY ("planId") REFERENCES "AnnualPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualPlanEntry" ADD CONSTRAINT "AnnualPlanEntry_neighborhoodId_fkey" FOREIGN KEY ("neighborhoodId") REFERENCES "Neighborhood"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualPlanEntry" ADD CONSTRAINT "AnnualPlanEntry_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualPlanVersion" ADD CONSTRAINT "AnnualPlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "AnnualPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanReview" ADD CONSTRAINT "PlanReview_planId_fkey" FOREIGN KEY ("planId") REFERENCES "AnnualPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanReviewComment" ADD CONSTRAINT "PlanReviewComment_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "PlanReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanReviewComment" ADD CONSTRAINT "PlanReviewComment_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "AnnualPlanEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanAmendment" ADD CONSTRAINT "PlanAmendment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "AnnualPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistrictTargetShare" ADD CONSTRAINT "DistrictTargetShare_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingRecord" ADD CONSTRAINT "FundingRecord_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingRecord" ADD CONSTRAINT "FundingRecord_projectItemId_fkey" FOREIGN KEY ("projectItemId") REFERENCES "ProjectItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingRecord" ADD CONSTRAINT "FundingRecord_ballotItemId_fkey" FOREIGN KEY ("ballotItemId") REFERENCES "BallotItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiftCoefficient" ADD CONSTRAINT "LiftCoefficient_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiftCostShare" ADD CONSTRAINT "LiftCostShare_projectItemId_fkey" FOREIGN KEY ("projectItemId") REFERENCES "ProjectItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiftCostShare" ADD CONSTRAINT "LiftCostShare_dwellingId_fkey" FOREIGN KEY ("dwellingId") REFERENCES "Dwelling"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartmentDuty" ADD CONSTRAINT "DepartmentDuty_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingRule" ADD CONSTRAINT "RoutingRule_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartmentTask" ADD CONSTRAINT "DepartmentTask_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartmentTask" ADD CONSTRAINT "DepartmentTask_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartmentTask" ADD CONSTRAINT "DepartmentTask_projectItemId_fkey" FOREIGN KEY ("projectItemId") REFERENCES "ProjectItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartmentTask" ADD CONSTRAINT "DepartmentTask_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "RoutingRule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConditionAssessment" ADD CONSTRAINT "ConditionAssessment_neighborhoodId_fkey" FOREIGN KEY ("neighborhoodId") REFERENCES "Neighborhood"("id") ON DELETE CASCADE ON UPDATE CASCADE;
