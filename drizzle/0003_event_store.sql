CREATE TABLE "event_checkpoints" (
	"tenant_id" uuid NOT NULL,
	"subscription" text NOT NULL,
	"partition" integer NOT NULL,
	"tx_id" "xid8" NOT NULL,
	"global_position" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_checkpoints_tenant_id_subscription_partition_pk" PRIMARY KEY("tenant_id","subscription","partition")
);
--> statement-breakpoint
CREATE TABLE "event_consumers" (
	"subscription" text NOT NULL,
	"consumer" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "event_consumers_subscription_consumer_pk" PRIMARY KEY("subscription","consumer")
);
--> statement-breakpoint
CREATE TABLE "event_dead_letters" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"subscription" text NOT NULL,
	"global_position" bigint NOT NULL,
	"event_id" uuid NOT NULL,
	"stream_id" text NOT NULL,
	"event_type" text NOT NULL,
	"attempts" integer NOT NULL,
	"last_error" text NOT NULL,
	"status" text DEFAULT 'dead' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "event_dead_letters_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "event_leases" (
	"subscription" text NOT NULL,
	"partition" integer NOT NULL,
	"owner" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "event_leases_subscription_partition_pk" PRIMARY KEY("subscription","partition")
);
--> statement-breakpoint
CREATE TABLE "event_snapshots" (
	"tenant_id" uuid NOT NULL,
	"stream_id" text NOT NULL,
	"aggregate_type" text NOT NULL,
	"state_version" integer NOT NULL,
	"stream_version" bigint NOT NULL,
	"state" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_snapshots_tenant_id_stream_id_pk" PRIMARY KEY("tenant_id","stream_id")
);
--> statement-breakpoint
CREATE TABLE "event_streams" (
	"tenant_id" uuid NOT NULL,
	"stream_id" text NOT NULL,
	"type" text NOT NULL,
	"version" bigint NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_streams_tenant_id_stream_id_pk" PRIMARY KEY("tenant_id","stream_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"tenant_id" uuid NOT NULL,
	"global_position" bigint GENERATED ALWAYS AS IDENTITY (sequence name "events_global_position_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tx_id" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"stream_id" text NOT NULL,
	"stream_version" bigint NOT NULL,
	"event_id" uuid NOT NULL,
	"type" text NOT NULL,
	"schema_version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"metadata" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_tenant_id_global_position_pk" PRIMARY KEY("tenant_id","global_position"),
	CONSTRAINT "events_stream_version_unique" UNIQUE("tenant_id","stream_id","stream_version"),
	CONSTRAINT "events_event_id_unique" UNIQUE("tenant_id","event_id")
);
--> statement-breakpoint
CREATE INDEX "event_dead_letters_subscription_idx" ON "event_dead_letters" USING btree ("tenant_id","subscription","status");--> statement-breakpoint
CREATE INDEX "events_cursor_idx" ON "events" USING btree ("tenant_id","tx_id","global_position");