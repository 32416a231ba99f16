CREATE TABLE "secrets" (
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"data_key_version" integer NOT NULL,
	"nonce" "bytea" NOT NULL,
	"ciphertext" "bytea" NOT NULL,
	"tag" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "secrets_tenant_id_name_pk" PRIMARY KEY("tenant_id","name")
);
--> statement-breakpoint
CREATE TABLE "tenant_data_keys" (
	"tenant_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"kek_version" integer NOT NULL,
	"nonce" "bytea" NOT NULL,
	"wrapped_key" "bytea" NOT NULL,
	"tag" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_data_keys_tenant_id_version_pk" PRIMARY KEY("tenant_id","version")
);
--> statement-breakpoint
ALTER TABLE "secrets" ADD CONSTRAINT "secrets_data_key_fk" FOREIGN KEY ("tenant_id","data_key_version") REFERENCES "public"."tenant_data_keys"("tenant_id","version") ON DELETE no action ON UPDATE no action;