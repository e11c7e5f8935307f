/**
 * A module script that does nothing: what any added `<script type="module">` costs a page —
 * a request, a module record, a task — before it runs a line. A control for the budget row.
 * @internal
 */
export {};
