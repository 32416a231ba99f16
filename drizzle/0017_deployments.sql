CREATE TABLE "deployments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"platform_id" uuid NOT NULL,
	"generation_id" uuid NOT NULL,
	"blueprint_version" integer NOT NULL,
	"target" text NOT NULL,
	"status" text NOT NULL,
	"desired_running" boolean NOT NULL,
	"url" text,
	"preview_port" integer,
	"restarts" integer DEFAULT 0 NOT NULL,
	"reason" text,
	"message" text,
	"artifacts_dir" text,
	"previous_deployment_id" uuid,
	"rollback_of" uuid,
	"migrations" jsonb NOT NULL,
	"created_by" uuid,
	"created_by_label" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"live_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "deployments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "deployments_platform_idx" ON "deployments" USING btree ("tenant_id","platform_id","created_at");--> statement-breakpoint
CREATE INDEX "deployments_desired_idx" ON "deployments" USING btree ("desired_running");