-- One folding rule for the sector search, in SQL only (the API no longer folds in TypeScript): decompose
-- (NFD) and drop the combining marks, so every accented letter loses its accent whatever its script
-- ("Ștefănescu", text stored decomposed); translate the letters that do not decompose; lower case;
-- punctuation as spaces; blanks as one; trimmed. lower() after the accents are gone, as it only lowers
-- ASCII under the C collation. Still an inlinable SQL function: the expression indexes match the query.
CREATE OR REPLACE FUNCTION relais_fold(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT btrim(regexp_replace(lower(translate(regexp_replace(normalize(t, NFD), '[\u0300-\u036f]', '', 'g'), 'ßøØłŁđĐıœŒæÆ''’‘`-‐–—.,;:/()', 'soollddiooaa               ')), '\s+', ' ', 'g')) $$;
--> statement-breakpoint
-- The indexes hold the old function's values: rebuilt with the new one.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_class WHERE relname = 'beneficiaries_search_name_trgm_idx') THEN
    REINDEX INDEX beneficiaries_search_name_trgm_idx;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_class WHERE relname = 'beneficiaries_search_street_trgm_idx') THEN
    REINDEX INDEX beneficiaries_search_street_trgm_idx;
  END IF;
END $$;
