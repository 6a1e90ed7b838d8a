-- Servers keep every place's service flow in memory; a change bumps the count so that all of them reload.
CREATE TRIGGER service_flow_config_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "service_flow"
  FOR EACH STATEMENT EXECUTE FUNCTION lianxin_bump_config_version();
