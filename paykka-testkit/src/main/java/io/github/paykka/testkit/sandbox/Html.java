package io.github.paykka.testkit.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The sandbox's pages as plain server-rendered HTML: escaping, one layout with inline CSS, and the response headers.
 * No script, no external asset: the pages work with JavaScript off, and the Content-Security-Policy forbids scripts.
 */
final class Html {
  private Html() {}

  static final String CSS = String.join("\n",
      "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#1d2330;background:#f5f6f8}",
      "header{background:#1d2330;color:#fff;padding:10px 20px}header a{color:#fff;text-decoration:none;font-weight:600}",
      "main{padding:16px 20px;max-width:1400px}h1{font-size:22px;margin:8px 0 12px}h2{font-size:18px;margin:24px 0 8px}",
      "section{background:#fff;border:1px solid #dde1e8;border-radius:6px;padding:12px 16px;margin:0 0 14px}",
      "table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #e6e9ef;padding:4px 6px;",
      "text-align:left;vertical-align:top}th{background:#f0f2f5;font-weight:600}code,pre{font:12px ui-monospace,monospace}",
      "pre{white-space:pre-wrap;word-break:break-all;margin:2px 0;max-width:560px}",
      "form.inline{display:inline;margin:0 2px 0 0}button{font:inherit;font-size:13px;padding:3px 9px;border-radius:4px;",
      "border:1px solid #9aa3b2;background:#fff;cursor:pointer}button.primary{background:#2456d3;color:#fff;border-color:#2456d3}",
      "button.danger{border-color:#c23b3b;color:#c23b3b}label{display:block;margin:6px 0 2px;font-weight:600}",
      "input,select{font:inherit;padding:5px 7px;border:1px solid #9aa3b2;border-radius:4px}",
      ".msg{padding:8px 12px;border-radius:5px;background:#e5f3e8;border:1px solid #9fd0aa;margin:0 0 12px}",
      ".err{background:#fbe9e9;border-color:#e3a3a3}.muted{color:#687083}.ok{color:#1c7c35;font-weight:600}",
      ".bad{color:#b3261e;font-weight:600}.cols{display:flex;gap:20px;flex-wrap:wrap}.cols>*{flex:1 1 320px}",
      ".status{font-weight:600}svg{max-width:100%;height:auto}details summary{cursor:pointer}");

  /** {@code text} escaped for HTML text and for quoted attribute values. */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A whole page: {@code title} (escaped here) and {@code body} (HTML, escaped by the caller). */
  static String page(String title, String body) {
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + esc(title) + " - PayKKa sandbox</title><style>" + CSS + "</style></head><body>"
        + "<header><a href=\"/\">PayKKa sandbox</a> <span class=\"muted\">local test environment, not PayKKa</span>"
        + "</header><main><h1>" + esc(title) + "</h1>" + body + "</main></body></html>\n";
  }

  /** A one-button form that POSTs {@code fields} (name, value pairs; escaped here) to {@code action}. */
  static String button(String action, String label, String cssClass, String... fields) {
    StringBuilder sb = new StringBuilder("<form class=\"inline\" method=\"post\" action=\"").append(esc(action))
        .append("\">");
    for (int i = 0; i + 1 < fields.length; i += 2) {
      sb.append("<input type=\"hidden\" name=\"").append(esc(fields[i])).append("\" value=\"").append(esc(fields[i + 1]))
          .append("\">");
    }
    return sb.append("<button type=\"submit\" class=\"").append(esc(cssClass)).append("\">").append(esc(label))
        .append("</button></form>").toString();
  }

  /** Sends {@code html} with {@code status} and headers that forbid scripts, framing by others and caching. */
  static void send(HttpExchange exchange, int status, String html) throws IOException {
    sendBytes(exchange, status, "text/html; charset=utf-8", html.getBytes(UTF_8));
  }

  static void sendBytes(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    var h = exchange.getResponseHeaders();
    h.set("Content-Type", contentType);
    h.set("Cache-Control", "no-store");
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Referrer-Policy", "no-referrer");
    h.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        + "frame-ancestors 'none'; base-uri 'none'");
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(body);
      }
    }
  }

  /** Answers 303 See Other to {@code location} (an absolute URL or a path of the sandbox). */
  static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(303, -1);
  }
}
