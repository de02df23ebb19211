def v4: type == "string" and test("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$") and (split(".") | all(tonumber <= 255));
def v6: type == "string" and test(":") and test("^[0-9A-Fa-f:.]+$");
def lbl: "[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?";
def dom: type == "string" and (sub("\\.$"; "") | (length <= 253) and test("^" + lbl + "(\\." + lbl + ")*$") and (v4 | not));
def ip: if v4 then {t:"ipv4-addr", v:.} elif v6 then {t:"ipv6-addr", v:.} else empty end;
def host: if type != "string" then empty else (sub(":[0-9]+$"; "") | if v4 or v6 then ip elif dom then {t:"domain-name", v:sub("\\.$"; "")} else empty end) end;
def url: if type == "string" and test("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]") and (test("[[:cntrl:] ]") | not) then {t:"url", v:.} else empty end;
def email: if type != "string" then empty else
  (if test("<.*>$") then (capture("<(?<a>[^<]*)>$").a | gsub("^\\s+|\\s+$"; "")) else . end)
  | if test("^[^[:cntrl:] <>,]+@[^[:cntrl:] <>,@]+$") and (split("@") | last | dom) then {t:"email-addr", v:.} else empty end end;
[ (.src_ip, .dest_ip | ip),
  (.http.hostname | host),
  (if .http.url then (if (.http.url | test("://")) then (.http.url | url)
     elif ([.http.hostname | host] | length > 0) and (.http.url | startswith("/")) then ("http://" + .http.hostname + .http.url | url)
     else empty end) else empty end),
  (.tls.sni | host),
  (.smtp.mail_from | email), (.smtp.rcpt_to[]? | email),
  (.email.from | email), (.email.to[]? | email)
] | unique_by([.t, .v]) | .[] | .t
