CREATE TABLE "generation_blobs" (
	"tenant_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"content" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "generation_blobs_tenant_id_sha256_pk" PRIMARY KEY("tenant_id","sha256")
);
--> statement-breakpoint
CREATE TABLE "generation_files" (
	"tenant_id" uuid NOT NULL,
	"generation_id" uuid NOT NULL,
	"path" text NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	CONSTRAINT "generation_files_tenant_id_generation_id_path_pk" PRIMARY KEY("tenant_id","generation_id","path")
);
--> statement-breakpoint
CREATE TABLE "generations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"platform_id" uuid NOT NULL,
	"blueprint_version" integer NOT NULL,
	"slug" text NOT NULL,
	"generator_version" text NOT NULL,
	"content_hash" text NOT NULL,
	"file_count" integer NOT NULL,
	"total_bytes" bigint NOT NULL,
	"created_by" uuid,
	"created_by_label" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "generations_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "generations_source_unique" UNIQUE("tenant_id","platform_id","blueprint_version","generator_version")
);
--> statement-breakpoint
ALTER TABLE "generation_files" ADD CONSTRAINT "generation_files_generation_fk" FOREIGN KEY ("tenant_id","generation_id") REFERENCES "public"."generations"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "generation_files" ADD CONSTRAINT "generation_files_blob_fk" FOREIGN KEY ("tenant_id","sha256") REFERENCES "public"."generation_blobs"("tenant_id","sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "generations_platform_created_idx" ON "generations" USING btree ("tenant_id","platform_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);