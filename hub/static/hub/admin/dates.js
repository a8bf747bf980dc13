// Wagtail's date pickers (the xdsoft datetimepicker) for the whole admin, set before any field:
// text the picker cannot read stays as typed when the field loses focus (by default it becomes
// the current date and time), and scrolling over a field leaves its date alone. The server reads
// every format the hub accepts (hub/formats) and says what is wrong with the rest.
(function ($) {
  if ($ && $.fn.datetimepicker) {
    Object.assign($.fn.datetimepicker.defaults, { validateOnBlur: false, scrollInput: false });
  }
})(window.jQuery);
