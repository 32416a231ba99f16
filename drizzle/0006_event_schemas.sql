CREATE TABLE "event_schemas" (
	"tenant_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"schema" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_schemas_tenant_id_event_type_pk" PRIMARY KEY("tenant_id","event_type")
);
