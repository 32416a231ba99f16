CREATE TABLE "blueprint_versions" (
	"tenant_id" uuid NOT NULL,
	"platform_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"based_on" integer,
	"source" text NOT NULL,
	"blueprint" jsonb NOT NULL,
	"renames" jsonb NOT NULL,
	"author_id" uuid,
	"author_label" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "blueprint_versions_tenant_id_platform_id_version_pk" PRIMARY KEY("tenant_id","platform_id","version")
);
--> statement-breakpoint
CREATE TABLE "platforms" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"domain" text NOT NULL,
	"description" text NOT NULL,
	"current_version" integer NOT NULL,
	"approved_version" integer,
	"stream_version" bigint NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "platforms_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "chat_messages" (
	"tenant_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"author_id" uuid,
	"author_label" text NOT NULL,
	"version" integer,
	"inferences" jsonb NOT NULL,
	"open_questions" jsonb NOT NULL,
	"provider" text,
	"model" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "chat_messages_tenant_id_session_id_seq_pk" PRIMARY KEY("tenant_id","session_id","seq")
);
--> statement-breakpoint
CREATE TABLE "chat_sessions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"platform_id" uuid NOT NULL,
	"started_by_id" uuid,
	"started_by_label" text NOT NULL,
	"message_count" integer DEFAULT 0 NOT NULL,
	"stream_version" bigint NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"last_message_at" timestamp with time zone,
	CONSTRAINT "chat_sessions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "blueprint_versions" ADD CONSTRAINT "blueprint_versions_platform_fk" FOREIGN KEY ("tenant_id","platform_id") REFERENCES "public"."platforms"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "platforms_tenant_created_idx" ON "platforms" USING btree ("tenant_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "chat_sessions_platform_idx" ON "chat_sessions" USING btree ("tenant_id","platform_id","started_at");