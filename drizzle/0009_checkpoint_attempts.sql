ALTER TABLE "event_checkpoints" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "event_checkpoints" ADD COLUMN "last_error" text;