CREATE TABLE "reporting_month_figures" (
	"report" text NOT NULL,
	"month" text NOT NULL,
	"figures" jsonb NOT NULL,
	"frozen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "reporting_month_figures_report_month_pk" PRIMARY KEY("report","month")
);
