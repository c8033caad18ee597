-- Sector search (the permanence desk finds the sector from a beneficiary's name or street).
-- relais_fold: lower case, no accents, punctuation as spaces, so "Rue Édouard-Stuckens" and "rue edouard stuckens"
-- are the same text. Accented letters are translated before lower(), which only lowers ASCII under
-- the C collation. An SQL function (inlined by the planner), so the expression indexes below match the query.
CREATE OR REPLACE FUNCTION relais_fold(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT lower(translate(t, 'àáâãäåāăąçćčďđèéêëēĕėęěìíîïīįıłñńňòóôõöøōőŕřśšşťţùúûüūůűųýÿžźżœæßÀÁÂÃÄÅĀĂĄÇĆČĎĐÈÉÊËĒĔĖĘĚÌÍÎÏĪĮŁÑŃŇÒÓÔÕÖØŌŐŔŘŚŠŞŤŢÙÚÛÜŪŮŰŲÝŸŽŹŻŒÆ''’‘`-‐–—.,;:/()', 'aaaaaaaaacccddeeeeeeeeeiiiiiiilnnnoooooooorrsssttuuuuuuuuyyzzzoasaaaaaaaaacccddeeeeeeeeeiiiiiilnnnoooooooorrsssttuuuuuuuuyyzzzoa               ')) $$;
--> statement-breakpoint
-- Trigram indexes where the database has pg_trgm (the embedded PostgreSQL and most servers do; a
-- role that may not create it gets a plain scan, which is still correct).
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available (%): the sector search scans the beneficiaries', SQLERRM;
END $$;
--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    -- "first last first" holds both "first last" and "last first": one index for either order.
    CREATE INDEX IF NOT EXISTS beneficiaries_search_name_trgm_idx ON beneficiaries
      USING gin (relais_fold(first_name || ' ' || last_name || ' ' || first_name) gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS beneficiaries_search_street_trgm_idx ON beneficiaries
      USING gin (relais_fold(coalesce(street, '')) gin_trgm_ops);
  END IF;
END $$;
