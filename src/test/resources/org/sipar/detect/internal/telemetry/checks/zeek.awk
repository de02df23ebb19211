# Independent count of what Presets.ZEEK should extract from a Zeek TSV log: per data line, the distinct
# (type, value) pairs; prints "type count" lines, then data lines and column-count faults.
function v4(s,  p, n, i) { if (s !~ /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/) return 0; n = split(s, p, "."); for (i = 1; i <= 4; i++) if (p[i] + 0 > 255 || length(p[i]) > 3) return 0; return 1 }
function v6(s) { return s ~ /:/ && s ~ /^[0-9A-Fa-f:.]+$/ }
function dom(s) { sub(/\.$/, "", s); return length(s) > 0 && length(s) <= 253 && !v4(s) && s ~ /^[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?(\.[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?)*$/ && !longlabel(s) }
function longlabel(s,  p, n, i) { n = split(s, p, "."); for (i = 1; i <= n; i++) if (length(p[i]) > 63) return 1; return 0 }
function add(t, v) { if (!((t SUBSEP v) in seen)) { seen[t SUBSEP v] = 1; count[t]++ } }
function ip(s) { if (v4(s)) add("ipv4-addr", s); else if (v6(s)) add("ipv6-addr", s) }
function host(s) { sub(/:[0-9]+$/, "", s); if (v4(s) || v6(s)) ip(s); else if (dom(s)) { sub(/\.$/, "", s); add("domain-name", s) } }
function hex(s, n) { return length(s) == n && s ~ /^[0-9A-Fa-f]+$/ }
function email(s,  d) { if (s ~ /<.*>$/) { sub(/^.*</, "", s); sub(/>$/, "", s) } d = s; sub(/^.*@/, "", d); if (s ~ /^[^ <>,]+@[^ <>,@]+$/ && dom(d)) add("email-addr", s) }
function val(name) { return (name in col) && $col[name] != "-" && $col[name] != "(empty)" ? $col[name] : "" }
function each(name, kind,  parts, n, i, v) { v = val(name); if (v == "") return; n = split(v, parts, ","); for (i = 1; i <= n; i++) {
    if (kind == "ip" || kind == "answer") ip(parts[i]); else if (kind == "domain") { if (dom(parts[i])) { s = parts[i]; sub(/\.$/, "", s); add("domain-name", s) } }
    else if (kind == "host") host(parts[i]); else if (kind == "email") email(parts[i]);
    else if (hex(parts[i], kind)) add("file:" kind, parts[i]) } }
BEGIN { FS = "\t" }
/^#fields/ { delete col; for (i = 2; i <= NF; i++) col[$i] = i - 1; nf = NF - 1; next }
/^#/ { next }
{ if (NF != nf) { bad++; next } data++; delete seen
  each("id.orig_h", "ip"); each("id.resp_h", "ip"); each("query", "domain"); each("answers", "answer")
  each("host", "host"); each("server_name", "host"); each("tx_hosts", "ip"); each("rx_hosts", "ip")
  each("md5", 32); each("sha1", 40); each("sha256", 64); each("mailfrom", "email"); each("rcptto", "email")
  u = val("uri"); h = val("host"); if (u != "") { if (u ~ /:\/\//) { if (u ~ /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\/?#]/ && u !~ /[[:cntrl:] ]/) add("url", u) }
    else if (h != "" && u ~ /^\// && ("http://" h u) !~ /[[:cntrl:] ]/) add("url", "http://" h u) } }
END { for (t in count) { print t, count[t]; total += count[t] } print "total", total; print "data", data; print "bad", bad + 0 }
